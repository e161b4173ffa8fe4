package org.clearchain.scoring;

import org.clearchain.reference.ComplaintCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.clearchain.reference.Indicator.DECEPTION;
import static org.clearchain.reference.Indicator.DEBT_BONDAGE;
import static org.clearchain.reference.Indicator.WAGES_BREACH;
import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyScoreTest {

    private static AgencyRiskAssessment assess(LicenceState state, List<AgencyComplaintFact> complaints,
                                               List<AgencyFindingFact> findings) {
        return Fixtures.ENGINE.assessAgency(new AgencyFacts("AG-1", "Agency", state, List.of("7810"), complaints,
                findings), AS_OF);
    }

    private static AgencyComplaintFact complaint(ComplaintCategory category, int monthsAgo) {
        return new AgencyComplaintFact("C-" + category + monthsAgo, category, AS_OF.minusMonths(monthsAgo));
    }

    private static AgencyFindingFact finding(org.clearchain.reference.Indicator indicator, int monthsAgo, String inspection) {
        return new AgencyFindingFact(indicator, AS_OF.minusMonths(monthsAgo), inspection, "S-1");
    }

    @Test
    void licenceStateGivesTheBaseScore() {
        assertEquals(0.0, assess(LicenceState.ACTIVE, List.of(), List.of()).score(), 1e-9);
        assertEquals(60.0, assess(LicenceState.SUSPENDED, List.of(), List.of()).score(), 1e-9);
        assertEquals(Band.HIGH, assess(LicenceState.SUSPENDED, List.of(), List.of()).band());
        AgencyRiskAssessment noRecord = assess(null, List.of(), List.of());
        assertEquals(80.0, noRecord.score(), 1e-9);
        assertTrue(noRecord.contributions("A.licence").get(0).factor().contains("no licence record"));
    }

    @Test
    void feeComplaintAddsThirtyOnceOtherComplaintsTenEachUpToTwenty() {
        // 40 (EXPIRED) + 30 (fees, once) + min(20, 3 × 10) (other complaints within 24 months) = 90
        AgencyRiskAssessment agency = assess(LicenceState.EXPIRED, List.of(
                complaint(ComplaintCategory.RECRUITMENT_FEES, 30), complaint(ComplaintCategory.RECRUITMENT_FEES, 1),
                complaint(ComplaintCategory.DECEPTION, 1), complaint(ComplaintCategory.WAGE_THEFT, 2),
                complaint(ComplaintCategory.ABUSE, 24), complaint(ComplaintCategory.OTHER, 25)), List.of());
        assertEquals(90.0, agency.score(), 1e-9);
        assertEquals(-10.0, agency.contributions("A.complaint-cap").get(0).points(), 1e-9); // 30 → 20
    }

    @Test
    void findingsWhereItPlacedWorkersAddTenEachWithinTwentyFourMonthsUpToThirty() {
        // 10 (RENEWAL_PENDING) + 10 (debt bondage) + 10 (deception) = 30; the repeat, the old and the breach add 0
        AgencyRiskAssessment agency = assess(LicenceState.RENEWAL_PENDING, List.of(), List.of(
                finding(DEBT_BONDAGE, 1, "I-1"), finding(DEBT_BONDAGE, 1, "I-1"), finding(DECEPTION, 24, "I-2"),
                finding(DECEPTION, 25, "I-3"), finding(WAGES_BREACH, 1, "I-1")));
        assertEquals(30.0, agency.score(), 1e-9);
        AgencyRiskAssessment many = assess(LicenceState.ACTIVE, List.of(), List.of(finding(DEBT_BONDAGE, 1, "I-1"),
                finding(DEBT_BONDAGE, 1, "I-2"), finding(DEBT_BONDAGE, 1, "I-3"), finding(DEBT_BONDAGE, 1, "I-4")));
        assertEquals(30.0, many.score(), 1e-9); // 4 × 10 = 40 → 30
    }

    @Test
    void agencyScoreStopsAtHundredAndCarriesTheSectorFlag() {
        // 80 (REVOKED) + 30 (fees) + 10 (finding) = 120 → 100
        AgencyRiskAssessment worst = assess(LicenceState.REVOKED, List.of(complaint(ComplaintCategory.RECRUITMENT_FEES, 1)),
                List.of(finding(DEBT_BONDAGE, 1, "I-1")));
        assertEquals(100.0, worst.score(), 1e-9);
        assertEquals(Band.CRITICAL, worst.band());
        assertEquals(100.0, worst.contributions().stream().mapToDouble(Contribution::points).sum(), 1e-9);
        AgencyRiskAssessment construction = Fixtures.ENGINE.assessAgency(new AgencyFacts("AG-2", "Builders",
                LicenceState.ACTIVE, List.of("4100"), null, null), AS_OF);
        assertEquals(List.of("construction"), construction.highRiskSectors());
    }
}
