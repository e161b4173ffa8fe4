package org.clearchain.scoring;

import org.junit.jupiter.api.Test;

import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.clearchain.scoring.Fixtures.agency;
import static org.clearchain.scoring.Fixtures.assess;
import static org.clearchain.scoring.Fixtures.neutral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyExposureTest {

    private static double a(AgencyUseFact... uses) {
        return assess(neutral().withAgencyUses(uses)).agencies();
    }

    @Test
    void licenceStateSetsTheAgencyScore() {
        // agency score / 100 × 25 × exposure 1.0 (100 %) × decay 1 (placed today)
        assertEquals(0.0, a(agency(LicenceState.ACTIVE, 100.0, AS_OF)), 1e-9);
        assertEquals(2.5, a(agency(LicenceState.RENEWAL_PENDING, 100.0, AS_OF)), 1e-9); // 10/100 × 25
        assertEquals(10.0, a(agency(LicenceState.EXPIRED, 100.0, AS_OF)), 1e-9);        // 40/100 × 25
        assertEquals(15.0, a(agency(LicenceState.SUSPENDED, 100.0, AS_OF)), 1e-9);      // 60/100 × 25
        assertEquals(20.0, a(agency(LicenceState.REVOKED, 100.0, AS_OF)), 1e-9);        // 80/100 × 25
        assertEquals(20.0, a(agency(LicenceState.UNLICENSED, 100.0, AS_OF)), 1e-9);     // 80/100 × 25
    }

    @Test
    void feeComplaintAddsThirtyAndTheAgencyScoreStopsAtHundred() {
        AgencyUseFact expiredWithComplaint = new AgencyUseFact("AG-1", "Fees Ltd", LicenceState.EXPIRED, true, 100.0, AS_OF);
        assertEquals(17.5, a(expiredWithComplaint), 1e-9); // (40 + 30)/100 × 25
        AgencyUseFact revokedWithComplaint = new AgencyUseFact("AG-2", "Worse Ltd", LicenceState.REVOKED, true, 100.0, AS_OF);
        assertEquals(25.0, a(revokedWithComplaint), 1e-9); // min(100, 80 + 30)/100 × 25
    }

    @Test
    void exposureStepsAtFiveAndTwentyFivePercent() {
        // EXPIRED: 40/100 × 25 = 10 × exposure
        assertEquals(3.0, a(agency(LicenceState.EXPIRED, 4.99, AS_OF)), 1e-9);  // < 5 %: 0.3
        assertEquals(6.0, a(agency(LicenceState.EXPIRED, 5.0, AS_OF)), 1e-9);   // 5 %: 0.6
        assertEquals(6.0, a(agency(LicenceState.EXPIRED, 24.99, AS_OF)), 1e-9); // < 25 %: 0.6
        assertEquals(10.0, a(agency(LicenceState.EXPIRED, 25.0, AS_OF)), 1e-9); // 25 %: 1.0
        assertEquals(6.0, a(agency(LicenceState.EXPIRED, null, AS_OF)), 1e-9);  // unknown: 0.6
    }

    @Test
    void placementTwelveMonthsAgoCountsHalf() {
        assertEquals(5.0, a(agency(LicenceState.EXPIRED, 100.0, AS_OF.minusMonths(12))), 1e-9); // 10 × 0.5^(12/12)
    }

    @Test
    void unknownLastPlacementIsNotDecayedAndSaysSo() {
        RiskAssessment assessment = assess(neutral().withAgencyUses(agency(LicenceState.EXPIRED, 100.0, null)));
        assertEquals(10.0, assessment.agencies(), 1e-9);
        assertTrue(assessment.contributions("A.agency").get(0).rawValue().contains("last placement unknown: no decay"));
    }

    @Test
    void onlyTheRiskiestAgencyCounts() {
        RiskAssessment two = assess(neutral().withAgencyUses(agency(LicenceState.EXPIRED, 100.0, AS_OF),
                agency(LicenceState.SUSPENDED, 100.0, AS_OF)));
        assertEquals(15.0, two.agencies(), 1e-9); // max(10, 15)
        assertEquals(2, two.contributions("A.agency").size());
    }

    @Test
    void agencyWithoutLicenceRecordIsTreatedAsUnlicensed() {
        RiskAssessment assessment = assess(neutral().withAgencyUses(
                new AgencyUseFact("AG-9", "Nobody Knows", null, false, 100.0, AS_OF)));
        assertEquals(20.0, assessment.agencies(), 1e-9); // 80/100 × 25
        assertTrue(assessment.contributions("A.agency").get(0).factor().contains("no licence record"));
    }
}
