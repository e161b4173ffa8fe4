package org.clearchain.scoring;

import org.clearchain.reference.CountryRisk;
import org.clearchain.reference.CountryRiskTable;
import org.clearchain.reference.ReferenceEdition;
import org.clearchain.reference.ReferenceDataCsv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A loaded country-risk edition borrows the bundled regions, so the regional mean still stands in for a gap. */
class CountryRiskTableTest {

    private static final ReferenceEdition LOADED = new ReferenceEdition("country-risk", "Sample index", "S-1", true);
    private static final CountryRiskTable STARTER = StarterReferenceData.starter().countryRisk();

    @Test
    void aRowWithoutRegionTakesTheBundledOne() {
        CountryRiskTable table = CountryRiskTable.of(LOADED, List.of(new CountryRisk("TH", 0.4, null, "Sample index", "S-1")))
                .withRegionsFrom(STARTER);

        assertEquals("South-eastern Asia", table.get("TH").region());
        assertEquals(0.4, table.get("TH").score(), 1e-9);
    }

    @Test
    void aCountryTheEditionLeavesOutGetsItsRegionsMeanFromThisEdition() {
        CountryRiskTable table = CountryRiskTable.of(LOADED, List.of(
                new CountryRisk("TH", 0.4, "South-eastern Asia", "Sample index", "S-1"),
                new CountryRisk("VN", 0.6, "South-eastern Asia", "Sample index", "S-1"))).withRegionsFrom(STARTER);

        CountryRisk laos = table.get("LA");
        assertNull(laos.score());
        assertEquals("South-eastern Asia", laos.region());
        assertEquals("S-1", laos.edition(), "a gap of this edition, not a row of the starter");
        assertEquals(0.5, table.regionalMean("South-eastern Asia").getAsDouble(), 1e-9);
    }

    @Test
    void theEditionsOwnRegionWins() {
        CountryRiskTable table = CountryRiskTable.of(LOADED, List.of(new CountryRisk("TR", 0.3, "Europe", "Sample index", "S-1")))
                .withRegionsFrom(STARTER);

        assertEquals("Europe", table.get("TR").region());
    }
}
