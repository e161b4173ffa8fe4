package org.clearchain.scoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A revocation weighs as REVOKED for 36 months, whatever the agency holds or applies for since (issue 16). */
class RevocationMemoryTest {

    private static AgencyRiskAssessment agency(LicenceState now, LocalDate revokedOn) {
        return Fixtures.ENGINE.assessAgency(new AgencyFacts("AG-5", "Harbour Crew Agency", now, List.of("0311"),
                List.of(), List.of(), revokedOn), AS_OF);
    }

    @Test
    void aRevokedAgencyThatReappliesStaysAtTheRevokedScore() {
        AgencyRiskAssessment reapplied = agency(LicenceState.RENEWAL_PENDING, AS_OF.minusMonths(2));

        // 10 (RENEWAL_PENDING) + 70 (remembered revocation: 80 − 10) = 80, Critical
        assertEquals(80.0, reapplied.score(), 1e-9);
        assertEquals(Band.CRITICAL, reapplied.band());
        assertEquals(70.0, reapplied.contributions("A.revocation-memory").get(0).points(), 1e-9);
        assertTrue(reapplied.contributions("A.revocation-memory").get(0).factor().contains("36 months"));
    }

    @Test
    void evenANewActiveLicenceDoesNotClearTheRevocationWithinThreeYears() {
        assertEquals(80.0, agency(LicenceState.ACTIVE, AS_OF.minusMonths(36)).score(), 1e-9);
    }

    @Test
    void aRevocationOlderThanThreeYearsIsNoLongerCounted() {
        AgencyRiskAssessment later = agency(LicenceState.ACTIVE, AS_OF.minusMonths(37));

        assertEquals(0.0, later.score(), 1e-9);
        assertEquals(List.of(), later.contributions("A.revocation-memory"));
    }

    @Test
    void aStillRevokedLicenceIsNotCountedTwice() {
        assertEquals(80.0, agency(LicenceState.REVOKED, AS_OF.minusMonths(1)).score(), 1e-9);
    }

    @Test
    void aSupplierUsingTheReapplyingAgencyIsExposedAsToARevokedOne() {
        AgencyUseFact use = new AgencyUseFact("5", "Harbour Crew Agency", LicenceState.RENEWAL_PENDING, false, 30.0,
                AS_OF, AS_OF.minusMonths(2));

        Part a = new AgencyExposure(Methodology.v1()).assess(List.of(use), AS_OF);

        // 80 / 100 × 25 × exposure 1.0 × 0.5^0 = 20
        assertEquals(20.0, a.points(), 1e-9);
        assertTrue(a.contributions.get(0).factor().contains("revoked on " + AS_OF.minusMonths(2)), a.contributions::toString);
    }
}
