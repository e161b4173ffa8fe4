package org.clearchain.scoring;

import org.clearchain.reference.CountryRisk;
import org.clearchain.reference.CountryRiskTable;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.clearchain.reference.Indicator.ABUSE_OF_VULNERABILITY;
import static org.clearchain.reference.Indicator.DEBT_BONDAGE;
import static org.clearchain.reference.Indicator.INTIMIDATION_AND_THREATS;
import static org.clearchain.reference.Indicator.ISOLATION;
import static org.clearchain.reference.Indicator.PHYSICAL_AND_SEXUAL_VIOLENCE;
import static org.clearchain.reference.Indicator.WITHHOLDING_OF_WAGES;
import static org.clearchain.scoring.Fixtures.agency;
import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.clearchain.scoring.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreAndBandsTest {

    private final Methodology.Bands bands = Methodology.v1().bands();

    @Test
    void bandBoundaries() {
        assertEquals(Band.LOW, bands.of(0));
        assertEquals(Band.LOW, bands.of(29.99));
        assertEquals(Band.MEDIUM, bands.of(30));
        assertEquals(Band.MEDIUM, bands.of(54.99));
        assertEquals(Band.HIGH, bands.of(55));
        assertEquals(Band.HIGH, bands.of(74.99));
        assertEquals(Band.CRITICAL, bands.of(75));
        assertEquals(Band.CRITICAL, bands.of(100));
    }

    /** Germany (c = 0), software (tier 0), declaration requested and not yet due (D = 0): score = E + A. */
    private static final SupplierFacts BASE = SupplierFacts.of("S-1", "DE").withSectors("6201")
            .withDeclarationRequest(DeclarationRequestState.PENDING);

    private static FindingFact at(String site, org.clearchain.reference.Indicator indicator, SourceKind source) {
        return finding(indicator, source, AS_OF, site, source == SourceKind.COMPLAINT_OR_NGO ? null : "I-" + site);
    }

    /** Four coercion findings of weight 12 at four sites: 48, capped at 45. */
    private static final FindingFact[] FORTY_FIVE = {
            at("S-1", WITHHOLDING_OF_WAGES, SourceKind.INSPECTORATE), at("S-2", INTIMIDATION_AND_THREATS, SourceKind.INSPECTORATE),
            at("S-3", WITHHOLDING_OF_WAGES, SourceKind.INSPECTORATE), at("S-4", INTIMIDATION_AND_THREATS, SourceKind.INSPECTORATE)};

    private static void scores(double expected, Band band, SupplierFacts facts) {
        RiskAssessment assessment = Fixtures.assess(facts);
        assertEquals(expected, assessment.score(), 1e-9);
        assertEquals(band, assessment.band());
    }

    @Test
    void twentyNineIsLowThirtyIsMedium() {
        // 12 (withholding wages, inspectorate) + 8 (isolation) + 15 × 0.6 (debt bondage, NGO) = 29
        scores(29, Band.LOW, BASE.withFindings(at("S-1", WITHHOLDING_OF_WAGES, SourceKind.INSPECTORATE),
                at("S-2", ISOLATION, SourceKind.INSPECTORATE), at("S-3", DEBT_BONDAGE, SourceKind.COMPLAINT_OR_NGO)));
        // 12 + 12 (intimidation) + 6 (abuse of vulnerability) = 30
        scores(30, Band.MEDIUM, BASE.withFindings(at("S-1", WITHHOLDING_OF_WAGES, SourceKind.INSPECTORATE),
                at("S-2", INTIMIDATION_AND_THREATS, SourceKind.INSPECTORATE),
                at("S-3", ABUSE_OF_VULNERABILITY, SourceKind.INSPECTORATE)));
    }

    @Test
    void fiftyFourIsMediumFiftyFiveIsHigh() {
        // 45 + SUSPENDED 60/100 × 25 × 0.6 (share unknown) = 45 + 9 = 54
        scores(54, Band.MEDIUM, BASE.withFindings(FORTY_FIVE).withAgencyUses(agency(LicenceState.SUSPENDED, null, AS_OF)));
        // 45 + EXPIRED 40/100 × 25 × 1.0 = 45 + 10 = 55
        scores(55, Band.HIGH, BASE.withFindings(FORTY_FIVE).withAgencyUses(agency(LicenceState.EXPIRED, 100.0, AS_OF)));
    }

    @Test
    void seventyFourIsHighSeventyFiveIsCritical() {
        AgencyUseFact worst = new AgencyUseFact("AG", "Worst", LicenceState.REVOKED, true, 100.0, AS_OF); // 25 (R4: High)
        // 45 + 25 + D (migrants 50 % 2 + seasonal 2 = 4; employer pays) = 74
        scores(74, Band.HIGH, BASE.withFindings(FORTY_FIVE).withAgencyUses(worst)
                .withDeclaration(new DeclarationFacts(AS_OF, true, false, 50.0, true, null)));
        // 45 + 25 + 5 (declaration overdue) = 75
        scores(75, Band.CRITICAL, BASE.withFindings(FORTY_FIVE).withAgencyUses(worst)
                .withDeclarationRequest(DeclarationRequestState.OVERDUE));
    }

    @Test
    void sumAboveHundredIsCappedAtHundred() {
        FindingFact[] four = new FindingFact[4];
        for (int i = 0; i < 4; i++) {
            four[i] = finding(PHYSICAL_AND_SEXUAL_VIOLENCE, SourceKind.INSPECTORATE, AS_OF, "S-1", "I-" + i);
        }
        ReferenceData worst = new ReferenceData(CountryRiskTable.of(Fixtures.REFERENCE.countryRisk().edition(),
                java.util.List.of(new CountryRisk("IN", 1.0, "Southern Asia", "Test index", "test-2026"))),
                Fixtures.REFERENCE.sectorTiers(), Fixtures.REFERENCE.goods());
        SupplierFacts everything = SupplierFacts.of("S-1", "IN").withSectors("0810").withGoods("bricks")
                .withFindings(four)
                .withAgencyUses(new AgencyUseFact("AG", "Worst", LicenceState.REVOKED, true, 100.0, AS_OF))
                .withDeclaration(new DeclarationFacts(AS_OF, false, true, 50.0, true, EnumSet.noneOf(GoodPractice.class)));
        RiskAssessment assessment = Fixtures.ENGINE.assess(everything, worst, AS_OF);
        // I 40 + E 45 + A 25 + D 10 = 120 → 100
        assertEquals(100.0, assessment.score(), 1e-9);
        assertEquals(-20.0, Fixtures.points(assessment, "SCORE.cap"), 1e-9);
        assertEquals(100.0, Fixtures.sum(assessment), 1e-9);
    }
}
