package org.clearchain.scoring;

import org.clearchain.reference.ReferenceDataCsv;

import org.junit.jupiter.api.Test;

import static org.clearchain.reference.Indicator.DEBT_BONDAGE;
import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.clearchain.scoring.Fixtures.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeCasesTest {

    @Test
    void supplierWithNoDataSaysInsufficientDataRatherThanLookingLow() {
        RiskAssessment nothing = assess(SupplierFacts.of("S-0", "DE"));
        assertEquals(1, nothing.contributions("DATA.insufficient").size());
        assertEquals(0.0, Fixtures.points(nothing, "DATA.insufficient"), 1e-9);
        assertTrue(nothing.lowConfidence());
        // 0 (c = 0) + 0 (no sector) + 3 (no declaration, none requested) = 3
        assertEquals(3.0, nothing.score(), 1e-9);
    }

    @Test
    void supplierWithNothingKnownAtAllDoesNotCrash() {
        RiskAssessment blank = assess(new SupplierFacts(null, null, null, null, null, null, null, null, null, null));
        assertTrue(blank.lowConfidence());
        assertEquals(3.0, blank.score(), 1e-9); // only D.missing
    }

    @Test
    void findingsWithMissingFieldsAreExplainedNotFatal() {
        RiskAssessment partial = assess(Fixtures.neutral().withFindings(
                new FindingFact(null, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-1", false),
                new FindingFact(DEBT_BONDAGE, SourceKind.INSPECTORATE, null, "S-1", "I-1", false),
                new FindingFact(DEBT_BONDAGE, null, AS_OF, null, null, false)));
        // only the third scores, at the lowest trust: 15 × 0.4 = 6
        assertEquals(6.0, partial.evidence(), 1e-9);
        assertEquals(3, partial.contributions("E.finding").size());
        assertTrue(partial.lowConfidence());
    }

    @Test
    void contributionsAlwaysAddUpToTheScore() {
        RiskAssessment example = assess(Fixtures.neutral().withSectors("0111", "9999").withGoods("bricks")
                .withFindings(Fixtures.inspectorate(DEBT_BONDAGE, 3, "S-1"))
                .withAgencyUses(Fixtures.agency(LicenceState.EXPIRED, 10.0, AS_OF.minusMonths(5))));
        assertEquals(example.score(), Fixtures.sum(example), 1e-9);
    }

    @Test
    void starterReferenceDataScoresWithLowConfidenceAndNamesItsEditions() {
        ReferenceData starter = StarterReferenceData.starter();
        RiskAssessment assessment = Fixtures.ENGINE.assess(
                SupplierFacts.of("S-1", "CN").withSectors("1410").withGoods("cotton"), starter, AS_OF);
        assertEquals(0.0, Fixtures.points(assessment, "I.country"), 1e-9); // the starter edition has no figures
        assertEquals(13.0, Fixtures.points(assessment, "I.goods"), 1e-9);  // China, cotton: both flags (unverified)
        assertTrue(assessment.lowConfidenceReasons().stream().anyMatch(r -> r.contains("not verified")));
        assertTrue(assessment.editionsUsed().stream().anyMatch(e -> e.edition().equals("starter-2026") && !e.verified()));
    }

    @Test
    void highRiskSectorFlagNamesTheSector() {
        RiskAssessment fishing = assess(Fixtures.neutral().withSectors("0311", "6201"));
        assertEquals(java.util.List.of("fishing"), fishing.highRiskSectors());
        assertFalse(assess(Fixtures.neutral()).highRiskSector());
    }
}
