package org.clearchain.scoring;

import org.junit.jupiter.api.Test;

import static org.clearchain.reference.Indicator.CHILD_LABOUR;
import static org.clearchain.reference.Indicator.DEBT_BONDAGE;
import static org.clearchain.reference.Indicator.DECEPTION;
import static org.clearchain.reference.Indicator.EXCESSIVE_OVERTIME;
import static org.clearchain.reference.Indicator.ISOLATION;
import static org.clearchain.reference.Indicator.PHYSICAL_AND_SEXUAL_VIOLENCE;
import static org.clearchain.reference.Indicator.RETENTION_OF_IDENTITY_DOCUMENTS;
import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.clearchain.scoring.Fixtures.assess;
import static org.clearchain.scoring.Fixtures.finding;
import static org.clearchain.scoring.Fixtures.inspectorate;
import static org.clearchain.scoring.Fixtures.neutral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceTest {

    private static double evidence(FindingFact... findings) {
        RiskAssessment assessment = assess(neutral().withFindings(findings));
        return Fixtures.points(assessment, "E.finding") + Fixtures.points(assessment, "E.cap"); // unrounded E
    }

    @Test
    void freshFindingScoresWeightTimesSourceTrust() {
        assertEquals(15.0, evidence(inspectorate(DEBT_BONDAGE, 0, "S-1")), 1e-9); // 15 × 1.0
        assertEquals(12.0, evidence(finding(DEBT_BONDAGE, SourceKind.THIRD_PARTY_AUDIT, AS_OF, "S-1", "A-1")), 1e-9); // 15 × 0.8
        assertEquals(4.8, evidence(finding(ISOLATION, SourceKind.COMPLAINT_OR_NGO, AS_OF, "S-1", null)), 1e-9); // 8 × 0.6
        assertEquals(2.4, evidence(finding(EXCESSIVE_OVERTIME, SourceKind.SELF_DECLARATION, AS_OF, "S-1", null)), 1e-9); // 6 × 0.4
    }

    @Test
    void coercionHalvesAfterTwentyFourMonths() {
        assertEquals(6.0, evidence(inspectorate(RETENTION_OF_IDENTITY_DOCUMENTS, 24, "S-1")), 1e-9); // 12 × 0.5^(24/24)
    }

    @Test
    void involuntarinessHalvesAfterTwelveMonths() {
        assertEquals(4.0, evidence(inspectorate(DECEPTION, 12, "S-1")), 1e-9); // 8 × 0.5^(12/12)
    }

    @Test
    void findingOfExactlySixtyMonthsStillCountsAndOneMonthMoreIsDropped() {
        assertEquals(12 * Math.pow(0.5, 2.5), evidence(inspectorate(RETENTION_OF_IDENTITY_DOCUMENTS, 60, "S-1")),
                1e-9); // 12 × 0.5^(60/24) = 12 × 0.176777 = 2.121320
        RiskAssessment old = assess(neutral().withFindings(inspectorate(RETENTION_OF_IDENTITY_DOCUMENTS, 61, "S-1")));
        assertEquals(0.0, old.evidence(), 1e-9);
        assertTrue(old.contributions("E.finding").get(0).factor().contains("dropped"));
    }

    @Test
    void verifiedRemediationHalvesAFinding() {
        FindingFact remediated = new FindingFact(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-1", true);
        assertEquals(7.5, evidence(remediated), 1e-9); // 15 × 1.0 × 1 × 0.5
    }

    @Test
    void anIndicatorCountsOncePerSitePerInspection() {
        FindingFact first = finding(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-1");
        FindingFact again = finding(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-1");
        FindingFact otherSite = finding(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF, "S-2", "I-1");
        assertEquals(15.0, evidence(first, again), 1e-9);        // counted once
        assertEquals(30.0, evidence(first, otherSite), 1e-9);    // 15 + 15: another site
        assertEquals(2, assess(neutral().withFindings(first, again)).contributions("E.finding").size());
    }

    @Test
    void labourStandardsBreachesAreShownWithoutPoints() {
        RiskAssessment breach = assess(neutral().withFindings(inspectorate(CHILD_LABOUR, 0, "S-1")));
        assertEquals(0.0, breach.evidence(), 1e-9);
        assertEquals(1, breach.contributions("E.finding").size());
    }

    @Test
    void evidenceIsCappedAtFortyFive() {
        RiskAssessment many = assess(neutral().withFindings(
                finding(PHYSICAL_AND_SEXUAL_VIOLENCE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-1"),
                finding(PHYSICAL_AND_SEXUAL_VIOLENCE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-2"),
                finding(PHYSICAL_AND_SEXUAL_VIOLENCE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-3"),
                finding(PHYSICAL_AND_SEXUAL_VIOLENCE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-4")));
        assertEquals(45.0, many.evidence(), 1e-9);                          // 4 × 15 = 60 → 45
        assertEquals(-15.0, Fixtures.points(many, "E.cap"), 1e-9);          // 45 − 60
    }
}
