package org.clearchain.scoring;

import org.clearchain.reference.Indicator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.clearchain.scoring.Fixtures.assess;
import static org.clearchain.scoring.Fixtures.neutral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each contribution names the records its fact was read from, so that it can be shown without them. */
class SourceRecordsTest {

    private static SourceRecord inspection(String id) {
        return new SourceRecord(SourceRecord.Kind.INSPECTION, id);
    }

    @Test
    void aFindingNamesItsInspectionAndR1NamesBothInspectionsBehindIt() {
        RiskAssessment forced = assess(neutral().withFindings(
                Fixtures.finding(Indicator.EXCESSIVE_OVERTIME, SourceKind.INSPECTORATE, AS_OF.minusMonths(1), "7", "41"),
                Fixtures.finding(Indicator.DEBT_BONDAGE, SourceKind.INSPECTORATE, AS_OF.minusMonths(2), "7", "42")));

        assertEquals(List.of(List.of(inspection("41")), List.of(inspection("42"))),
                forced.contributions("E.finding").stream().map(Contribution::sourceRecords).toList());
        assertEquals(List.of(inspection("41"), inspection("42")), forced.contributions("FLOOR.R1").get(0).sourceRecords());
        assertEquals(List.of(inspection("41"), inspection("42")), forced.floors().stream()
                .filter(f -> f.rule().equals("R1")).findFirst().orElseThrow().sourceRecords());
    }

    @Test
    void aDeclaredFactorNamesItsDeclaration() {
        RiskAssessment declared = assess(SupplierFacts.of("S-1", "DE").withSectors("6201").withDeclaration(
                new DeclarationFacts(AS_OF.minusMonths(1), false, true, null, false, Set.of(), "17")));

        SourceRecord declaration = new SourceRecord(SourceRecord.Kind.DECLARATION, "17");
        assertEquals(List.of(declaration), declared.contributions("D.no-employer-pays").get(0).sourceRecords());
        assertEquals(List.of(declaration), declared.contributions("D.recruiters-for-migrants").get(0).sourceRecords());
    }

    @Test
    void aChildReferralAndAnEntityListMatchNameTheirRecords() {
        RiskAssessment floored = assess(neutral().withChildReferrals(new ChildReferral(AS_OF.minusMonths(1), "7", "5"))
                .withEntityListMatches(new EntityListMatch("Forced labour list", AS_OF.minusMonths(1), "9")));

        assertEquals(List.of(new SourceRecord(SourceRecord.Kind.REFERRAL, "5")),
                floored.contributions("FLOOR.R5").get(0).sourceRecords());
        assertEquals(List.of(new SourceRecord(SourceRecord.Kind.SCREENING_HIT, "9")),
                floored.contributions("FLOOR.R2").get(0).sourceRecords());
    }

    @Test
    void referenceDataAndTheMethodologyNameNoRecord() {
        RiskAssessment plain = assess(SupplierFacts.of("S-1", "BD").withSectors("1410").withGoods("garments"));

        assertTrue(plain.contributions().stream().allMatch(c -> c.sourceRecords().isEmpty()), plain.toString());
    }
}
