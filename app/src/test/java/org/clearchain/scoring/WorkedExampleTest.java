package org.clearchain.scoring;

import org.junit.jupiter.api.Test;

import static org.clearchain.reference.Indicator.RETENTION_OF_IDENTITY_DOCUMENTS;
import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked example of docs/scoring-methodology.md, number by number, on the ILAB editions Clearchain ships. */
class WorkedExampleTest {

    // A garment maker (ISIC 1410) in India, making garments, assessed on 15 June 2026. ILAB 2022: India made
    // "Moderate Advancement" (c = 0.33, by proxy); India's garments are listed for child and forced labour (13).
    // The inspectorate found passports held at site S-1 on 15 December 2025 (6 months earlier);
    // agency "Swift Manpower", licence SUSPENDED, placed 30 % of its workers, last on 15 March 2026 (3 months);
    // its declaration has no employer-pays policy, nothing else of note.
    private final SupplierFacts garmentMaker = SupplierFacts.of("S-42", "IN")
            .withSectors("1410")
            .withGoods("garments")
            .withFindings(new FindingFact(RETENTION_OF_IDENTITY_DOCUMENTS, SourceKind.INSPECTORATE,
                    AS_OF.minusMonths(6), "S-1", "INS-7", false))
            .withAgencyUses(new AgencyUseFact("AG-3", "Swift Manpower", LicenceState.SUSPENDED, false, 30.0,
                    AS_OF.minusMonths(3)))
            .withDeclaration(new DeclarationFacts(AS_OF.minusMonths(2), false, false, 5.0, false, null));

    private final RiskAssessment assessment = Fixtures.ENGINE.assess(garmentMaker, IlabEditions.REFERENCE, AS_OF);

    @Test
    void inherentRiskIsCountryByProxyPlusGarmentTierPlusListedGood() {
        assertEquals(4.95, Fixtures.points(assessment, "I.country"), 1e-9);  // 15 × 0.33
        assertEquals(8.0, Fixtures.points(assessment, "I.sector"), 1e-9);    // garments, tier 8
        assertEquals(13.0, Fixtures.points(assessment, "I.goods"), 1e-9);    // India, garments: child and forced labour
        assertEquals(25.95, assessment.inherent(), 1e-9);                     // 4.95 + 8 + 13
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
        // 25.95 + 10.090757 + 12.613446 + 3 = 51.654203 → 51.65 (Medium)
        assertEquals(51.65, assessment.scoreBeforeFloors(), 1e-9);
        // R3: inspectorate document retention within 12 months → at least High (55): + 3.345797
        assertEquals(3.345797, Fixtures.points(assessment, "FLOOR.R3"), 1e-6);
        assertEquals(55.0, assessment.score(), 1e-9);
        assertEquals(Band.HIGH, assessment.band());
        assertEquals(1, assessment.floors().size());
    }

    @Test
    void contributionsAddUpToTheScoreAndNameTheirSourcesEditionsAndTheProxy() {
        assertEquals(assessment.score(), Fixtures.sum(assessment), 1e-9);
        Contribution country = assessment.contributions("I.country").get(0);
        assertEquals("US DOL ILAB, Findings on the Worst Forms of Child Labor", country.source());
        assertEquals("ILAB child-labour governance assessment 2022", country.edition());
        assertEquals("country risk of IN by proxy (Moderate Advancement)", country.factor());
        assertEquals("US DOL ILAB List of Goods 2022", assessment.contributions("I.goods").get(0).edition());
        assertEquals("clearchain-risk-1.0", assessment.methodologyVersion());
        assertEquals(3, assessment.editionsUsed().size());
        assertTrue(assessment.editionsUsed().get(0).proxy());
    }

    @Test
    void garmentsCarryTheHighRiskSectorFlagAndTheScoreIsConfident() {
        assertEquals(java.util.List.of("garments, textiles and footwear"), assessment.highRiskSectors());
        assertTrue(assessment.highRiskSector());
        assertFalse(assessment.lowConfidence(), assessment.lowConfidenceReasons().toString());
    }
}
