package org.clearchain.scoring;

import org.junit.jupiter.api.Test;

import static org.clearchain.reference.Indicator.RETENTION_OF_IDENTITY_DOCUMENTS;
import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked example of METHODOLOGY.md, number by number. */
class WorkedExampleTest {

    // A garment maker (ISIC 1410) in Bangladesh (c = 0.6), assessed on 15 June 2026:
    // the inspectorate found passports held at site S-1 on 15 December 2025 (6 months earlier);
    // agency "Swift Manpower", licence SUSPENDED, placed 30 % of its workers, last on 15 March 2026 (3 months);
    // its declaration has no employer-pays policy, nothing else of note.
    private final SupplierFacts garmentMaker = SupplierFacts.of("S-42", "BD")
            .withSectors("1410")
            .withFindings(new FindingFact(RETENTION_OF_IDENTITY_DOCUMENTS, SourceKind.INSPECTORATE,
                    AS_OF.minusMonths(6), "S-1", "INS-7", false))
            .withAgencyUses(new AgencyUseFact("AG-3", "Swift Manpower", LicenceState.SUSPENDED, false, 30.0,
                    AS_OF.minusMonths(3)))
            .withDeclaration(new DeclarationFacts(AS_OF.minusMonths(2), false, false, 5.0, false, null));

    private final RiskAssessment assessment = Fixtures.assess(garmentMaker);

    @Test
    void inherentRiskIsCountryPlusGarmentTier() {
        assertEquals(9.0, Fixtures.points(assessment, "I.country"), 1e-9);  // 15 × 0.6
        assertEquals(8.0, Fixtures.points(assessment, "I.sector"), 1e-9);   // garments, tier 8
        assertEquals(17.0, assessment.inherent(), 1e-9);                     // 9 + 8
    }

    @Test
    void documentRetentionSixMonthsAgoDecaysByAQuarterOfItsHalfLife() {
        // coercion indicator, H = 24: 12 × 1.0 × 0.5^(6/24) = 12 × 0.840896 = 10.090757
        assertEquals(10.090757, assessment.contributions("E.finding").get(0).points(), 1e-6);
        assertEquals(10.09, assessment.evidence(), 1e-9);
    }

    @Test
    void suspendedAgencyPlacingThirtyPercentThreeMonthsAgo() {
        // 60 / 100 × 25 × 1.0 (≥ 25 %) × 0.5^(3/12) = 15 × 0.840896 = 12.613446
        assertEquals(12.613446, Fixtures.points(assessment, "A.agency"), 1e-6);
        assertEquals(12.61, assessment.agencies(), 1e-9);
    }

    @Test
    void noEmployerPaysPolicyAddsThree() {
        assertEquals(3.0, assessment.declaration(), 1e-9);
    }

    @Test
    void sumIsMediumButVerifiedDocumentRetentionFloorsItAtHigh() {
        // 17 + 10.090757 + 12.613446 + 3 = 42.704203 → 42.70 (Medium)
        assertEquals(42.70, assessment.scoreBeforeFloors(), 1e-9);
        // R3: inspectorate document retention within 12 months → at least High (55): + 12.295797
        assertEquals(12.295797, Fixtures.points(assessment, "FLOOR.R3"), 1e-6);
        assertEquals(55.0, assessment.score(), 1e-9);
        assertEquals(Band.HIGH, assessment.band());
        assertEquals(1, assessment.floors().size());
    }

    @Test
    void contributionsAddUpToTheScoreAndNameTheirSources() {
        assertEquals(assessment.score(), Fixtures.sum(assessment), 1e-9);
        assertEquals("Test index", assessment.contributions("I.country").get(0).source());
        assertEquals("test-2026", assessment.contributions("I.country").get(0).edition());
        assertEquals("clearchain-risk-1.0", assessment.methodologyVersion());
        assertEquals(3, assessment.editionsUsed().size());
    }

    @Test
    void garmentsCarryTheHighRiskSectorFlagAndTheScoreIsConfident() {
        assertEquals(java.util.List.of("garments, textiles and footwear"), assessment.highRiskSectors());
        assertTrue(assessment.highRiskSector());
        assertFalse(assessment.lowConfidence(), assessment.lowConfidenceReasons().toString());
    }
}
