package org.clearchain.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.clearchain.reference.Indicator.DEBT_BONDAGE;
import static org.clearchain.reference.Indicator.EXCESSIVE_OVERTIME;
import static org.clearchain.reference.Indicator.INTIMIDATION_AND_THREATS;
import static org.clearchain.reference.Indicator.WITHHOLDING_OF_WAGES;
import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.clearchain.scoring.Fixtures.agency;
import static org.clearchain.scoring.Fixtures.assess;
import static org.clearchain.scoring.Fixtures.finding;
import static org.clearchain.scoring.Fixtures.neutral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloorRulesTest {

    private static List<String> floors(SupplierFacts facts) {
        return assess(facts).floors().stream().map(AppliedFloor::rule).toList();
    }

    private static FindingFact overtime(SourceKind source, int monthsAgo, String site) {
        return finding(EXCESSIVE_OVERTIME, source, AS_OF.minusMonths(monthsAgo), site, "I-" + site);
    }

    private static FindingFact threats(SourceKind source, int monthsAgo, String site) {
        return finding(INTIMIDATION_AND_THREATS, source, AS_OF.minusMonths(monthsAgo), site, "I-" + site);
    }

    @Test
    void r1InvoluntarinessAndCoercionAtOneSiteFromTrustedSourcesIsCritical() {
        RiskAssessment forced = assess(neutral().withFindings(overtime(SourceKind.THIRD_PARTY_AUDIT, 24, "S-1"),
                threats(SourceKind.INSPECTORATE, 2, "S-1")));
        assertEquals(List.of("R1"), forced.floors().stream().map(AppliedFloor::rule).toList());
        // E = 6 × 0.8 × 0.5^(24/12) + 12 × 1.0 × 0.5^(2/24) = 1.2 + 12 × 0.943874 = 1.2 + 11.326491 = 12.526491;
        // the floor adds 75 − 12.526491 = 62.473509
        assertEquals(62.473509, Fixtures.points(forced, "FLOOR.R1"), 1e-6);
        assertEquals(75.0, forced.score(), 1e-9);
        assertEquals(Band.CRITICAL, forced.band());
    }

    @Test
    void r1NeedsOneSiteTrustedSourcesRecencyAndNoRemediation() {
        assertEquals(List.of(), floors(neutral().withFindings(overtime(SourceKind.INSPECTORATE, 1, "S-1"),
                threats(SourceKind.INSPECTORATE, 1, "S-2"))));                                  // two sites
        assertEquals(List.of(), floors(neutral().withFindings(overtime(SourceKind.COMPLAINT_OR_NGO, 1, "S-1"),
                threats(SourceKind.INSPECTORATE, 1, "S-1"))));                                  // NGO not trusted
        assertEquals(List.of(), floors(neutral().withFindings(overtime(SourceKind.INSPECTORATE, 25, "S-1"),
                threats(SourceKind.INSPECTORATE, 1, "S-1"))));                                  // 25 months
        assertEquals(List.of(), floors(neutral().withFindings(overtime(SourceKind.INSPECTORATE, 1, "S-1"),
                new FindingFact(INTIMIDATION_AND_THREATS, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-2", true))));
    }

    @Test
    void r2ConfirmedEntityListMatchIsCritical() {
        RiskAssessment listed = assess(neutral().withEntityListMatches(new EntityListMatch("UFLPA Entity List", AS_OF)));
        assertEquals(75.0, listed.score(), 1e-9); // 0 + 75
        assertTrue(listed.floors().get(0).reason().contains("UFLPA Entity List"));
    }

    @Test
    void r3VerifiedSevereIndicatorWithinTwelveMonthsIsHigh() {
        assertEquals(List.of("R3"), floors(neutral().withFindings(
                finding(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF.minusMonths(12), "S-1", "I-1"))));
        assertEquals(List.of(), floors(neutral().withFindings(
                finding(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF.minusMonths(13), "S-1", "I-1"))));
        assertEquals(List.of(), floors(neutral().withFindings(                 // an audit is not verification
                finding(DEBT_BONDAGE, SourceKind.THIRD_PARTY_AUDIT, AS_OF, "S-1", "I-1"))));
        assertEquals(List.of(), floors(neutral().withFindings(                 // not one of the four
                finding(WITHHOLDING_OF_WAGES, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-1"))));
        RiskAssessment bonded = assess(neutral().withFindings(
                finding(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-1")));
        assertEquals(55.0, bonded.score(), 1e-9); // 15 + 40 from the floor
    }

    @Test
    void r4CurrentPlacementByRevokedOrUnlicensedAgencyIsHigh() {
        assertEquals(List.of("R4"), floors(neutral().withAgencyUses(agency(LicenceState.REVOKED, 1.0, AS_OF.minusMonths(12)))));
        assertEquals(List.of(), floors(neutral().withAgencyUses(agency(LicenceState.REVOKED, 1.0, AS_OF.minusMonths(13)))));
        assertEquals(List.of("R4"), floors(neutral().withAgencyUses(agency(LicenceState.UNLICENSED, 1.0, null))));
        assertEquals(List.of("R4"), floors(neutral().withAgencyUses(new AgencyUseFact("AG", "No record", null, false, 1.0, AS_OF))));
        assertEquals(List.of(), floors(neutral().withAgencyUses(agency(LicenceState.SUSPENDED, 100.0, AS_OF))));
        // REVOKED, 1 % placed today: A = 80/100 × 25 × 0.3 = 6; floor adds 49
        assertEquals(55.0, assess(neutral().withAgencyUses(agency(LicenceState.REVOKED, 1.0, AS_OF))).score(), 1e-9);
    }

    @Test
    void r5ChildReferralWithinTwentyFourMonthsIsCritical() {
        assertEquals(List.of("R5"), floors(neutral().withChildReferrals(new ChildReferral(AS_OF.minusMonths(24), "S-1"))));
        assertEquals(List.of(), floors(neutral().withChildReferrals(new ChildReferral(AS_OF.minusMonths(25), "S-1"))));
    }

    @Test
    void onlyTheHighestFloorRaisesAndAFloorNeverLowers() {
        RiskAssessment both = assess(neutral()
                .withFindings(finding(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-1"))
                .withChildReferrals(new ChildReferral(AS_OF, "S-1")));
        assertEquals(60.0, Fixtures.points(both, "FLOOR.R5"), 1e-9); // 15 → 75
        assertEquals(0.0, Fixtures.points(both, "FLOOR.R3"), 1e-9);  // already above 55
        assertEquals(75.0, both.score(), 1e-9);

        FindingFact[] violence = new FindingFact[4];
        for (int i = 0; i < 4; i++) {
            violence[i] = finding(DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-" + i);
        }
        RiskAssessment above = assess(neutral().withSectors("4100").withFindings(violence)
                .withAgencyUses(agency(LicenceState.SUSPENDED, 100.0, AS_OF)));
        // 12 (construction) + 45 (4 × 15 = 60, capped) + 15 (SUSPENDED) = 72: above High's 55, R3 adds 0
        assertEquals(72.0, above.score(), 1e-9);
        assertEquals(Band.HIGH, above.band());
    }
}
