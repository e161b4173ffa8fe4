package org.clearchain.scoring;

import org.clearchain.reference.CountryRiskTable;
import org.clearchain.reference.GoodsRiskList;
import org.clearchain.reference.ReferenceEdition;
import org.clearchain.reference.ReferenceDataCsv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodologyAndReferenceDataTest {

    @Test
    void methodologyV1IsReadFromSchemas() {
        Methodology v1 = Methodology.v1();
        assertEquals("clearchain-risk-1.0", v1.version());
        assertEquals(24.0, v1.evidence().halfLife(org.clearchain.reference.Indicator.DEBT_BONDAGE), 1e-9);
        assertEquals(12.0, v1.evidence().halfLife(org.clearchain.reference.Indicator.DECEPTION), 1e-9);
    }

    @Test
    void methodologyThatLeavesOutAWeightIsRefused() {
        String json = "{\"version\":\"x\",\"description\":\"\",\"score\":{\"min\":0,\"max\":100},"
                + "\"bands\":{\"mediumFrom\":30,\"highFrom\":55,\"criticalFrom\":75},"
                + "\"inherent\":{\"cap\":40,\"countryWeight\":15,\"sectorTierPoints\":[0],\"goods\":{\"forcedLabour\":10,\"childLabourOnly\":6,\"both\":13}},"
                + "\"evidence\":{\"cap\":45,\"indicatorWeights\":{\"DEBT_BONDAGE\":15},\"sourceTrust\":{},"
                + "\"halfLifeMonths\":{\"coercion\":24,\"involuntariness\":12},\"dropAfterMonths\":60,\"remediationFactor\":0.5},"
                + "\"agencies\":null,\"declaration\":null,\"floors\":null}";
        assertThrows(RuntimeException.class,
                () -> Methodology.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void monthsAreCalendarMonthsPlusTheFractionOfTheNext() {
        assertEquals(24.0, MonthsElapsed.between(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 2, 28)), 1e-9);
        assertEquals(0.5, MonthsElapsed.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16)), 1e-9); // 15/30
        assertEquals(0.0, MonthsElapsed.between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 1)), 1e-9);
    }

    @Test
    void starterCountryRiskHasRegionsButNoFigures() {
        CountryRiskTable table = StarterReferenceData.starter().countryRisk();
        assertEquals(249, table.byCountry().size());
        assertTrue(table.byCountry().values().stream().allMatch(row -> row.score() == null));
        assertEquals("South-eastern Asia", table.get("TH").region());
        assertFalse(table.edition().verified());
    }

    @Test
    void goodsListReadsIlabNamesWhateverTheApostrophe() {
        GoodsRiskList list = StarterReferenceData.starter().goods();
        assertTrue(list.find("CI", "cocoa").orElseThrow().forcedLabour());
        assertEquals(8, list.entries().size());
        GoodsRiskList curly = ReferenceDataCsv.goodsList(new StringReader("Country,Good,Child Labor,Forced Labor\n"
                + "Côte d’Ivoire,Cocoa,X,\nBurma,Rubber,,X\n"), StarterReferenceData.starter().goods().edition());
        assertTrue(curly.find("CI", "Cocoa").orElseThrow().childLabour());
        assertTrue(curly.find("MM", "rubber").isPresent());
    }

    @Test
    void badRowsAreRefusedWithTheirPosition() {
        ReferenceEdition edition = new ReferenceEdition("country-risk", "x", "x", true);
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class, () ->
                ReferenceDataCsv.countryRisk(new StringReader("country,score,source,edition\nBD,1.5,x,x\n"), edition));
        assertTrue(outOfRange.getMessage().contains("Record 1"), outOfRange.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReferenceDataCsv.goodsList(
                new StringReader("Country,Good,Child Labor,Forced Labor\nAtlantis,Gold,X,\n"), edition));
    }

    @Test
    void countryRiskFeedRowsMayNameTheCountry() {
        CountryRiskTable table = ReferenceDataCsv.countryRisk(new StringReader(
                "country,score,source,edition\nBangladesh,0.6,Some Index,2026\n"),
                new ReferenceEdition("country-risk", "Some Index", "2026", true));
        assertEquals(0.6, table.get("BD").score(), 1e-9);
    }
}
