package org.clearchain.scoring;

import org.clearchain.reference.CountryRisk;
import org.clearchain.reference.CountryRiskTable;

import org.junit.jupiter.api.Test;

import static org.clearchain.scoring.Fixtures.assess;
import static org.clearchain.scoring.Fixtures.neutral;
import static org.clearchain.scoring.Fixtures.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InherentRiskTest {

    private static SupplierFacts in(String country, String... sectors) {
        return SupplierFacts.of("S-1", country).withSectors(sectors).withDeclaration(Fixtures.cleanDeclaration());
    }

    @Test
    void countryAddsFifteenTimesItsRisk() {
        assertEquals(6.0, points(assess(in("IN", "6201")), "I.country"), 1e-9); // 15 × 0.4
    }

    @Test
    void countryWithoutFigureTakesItsRegionalMeanWithLowConfidence() {
        RiskAssessment pakistan = assess(in("PK", "6201"));
        assertEquals(7.5, points(pakistan, "I.country"), 1e-9); // 15 × mean(0.6, 0.4) = 15 × 0.5
        assertTrue(pakistan.contributions("I.country").get(0).factor().contains("mean of region Southern Asia"));
        assertTrue(pakistan.lowConfidence());
    }

    @Test
    void countryWhoseRegionHasNoFigureAddsNothingWithLowConfidence() {
        RiskAssessment nauru = assess(in("NR", "6201"));
        assertEquals(0.0, points(nauru, "I.country"), 1e-9);
        assertTrue(nauru.lowConfidence());
        RiskAssessment unlisted = assess(in("FR", "6201"));
        assertEquals(0.0, points(unlisted, "I.country"), 1e-9);
        assertTrue(unlisted.lowConfidence());
    }

    @Test
    void sectorTiersFollowDesign() {
        assertEquals(12.0, points(assess(in("DE", "0111")), "I.sector"), 1e-9); // agriculture
        assertEquals(12.0, points(assess(in("DE", "2392")), "I.sector"), 1e-9); // brick kilns
        assertEquals(12.0, points(assess(in("DE", "9700")), "I.sector"), 1e-9); // domestic work
        assertEquals(8.0, points(assess(in("DE", "1410")), "I.sector"), 1e-9);  // garments
        assertEquals(8.0, points(assess(in("DE", "5610")), "I.sector"), 1e-9);  // restaurants
        assertEquals(4.0, points(assess(in("DE", "4923")), "I.sector"), 1e-9);  // road freight: logistics
        assertEquals(4.0, points(assess(in("DE", "8121")), "I.sector"), 1e-9);  // cleaning
        assertEquals(0.0, points(assess(in("DE", "2399")), "I.sector"), 1e-9);  // other clay/mineral: not a kiln
        assertEquals(0.0, points(assess(in("DE", "6201")), "I.sector"), 1e-9);  // software: other
    }

    @Test
    void onlyTheHighestSectorTierCounts() {
        RiskAssessment mixed = assess(in("DE", "1410", "4100"));
        assertEquals(12.0, points(mixed, "I.sector"), 1e-9); // max(8, 12), not 20
        assertEquals(2, mixed.contributions("I.sector").size());
    }

    @Test
    void unknownIsicCodeScoresZeroAndSaysSo() {
        RiskAssessment unknown = assess(in("DE", "9999"));
        assertEquals(0.0, points(unknown, "I.sector"), 1e-9);
        assertTrue(unknown.contributions("I.sector").get(0).factor().contains("9999 is unknown"));
        assertTrue(unknown.lowConfidence());
    }

    @Test
    void goodsOnTheListAddTheirFlagPoints() {
        assertEquals(6.0, points(assess(neutralIn("BD", "garments")), "I.goods"), 1e-9);   // child labour only
        assertEquals(10.0, points(assess(neutralIn("BD", "Fish")), "I.goods"), 1e-9);      // forced labour
        assertEquals(13.0, points(assess(neutralIn("IN", "bricks")), "I.goods"), 1e-9);    // both
        assertEquals(0.0, points(assess(neutralIn("DE", "bricks")), "I.goods"), 1e-9);     // not listed for DE
    }

    @Test
    void onlyTheWorstListedGoodCounts() {
        assertEquals(13.0, points(assess(neutralIn("IN", "cotton", "bricks")), "I.goods"), 1e-9); // max(6, 13)
    }

    @Test
    void inherentRiskReachesItsCapOfFortyAtMost() {
        ReferenceData worst = new ReferenceData(CountryRiskTable.of(Fixtures.REFERENCE.countryRisk().edition(),
                java.util.List.of(new CountryRisk("IN", 1.0, "Southern Asia", "Test index", "test-2026"))),
                Fixtures.REFERENCE.sectorTiers(), Fixtures.REFERENCE.goods());
        RiskAssessment assessment = Fixtures.ENGINE.assess(in("IN", "0810").withGoods("bricks"), worst, Fixtures.AS_OF);
        assertEquals(40.0, assessment.inherent(), 1e-9); // 15 × 1 + 12 (mining) + 13 (both) = 40 = cap
        assertFalse(assessment.contributions().stream().anyMatch(c -> c.rule().equals("I.cap")));
    }

    private static SupplierFacts neutralIn(String country, String... goods) {
        return in(country, "6201").withGoods(goods);
    }
}
