package org.clearchain.risk;

import org.clearchain.reference.ComplaintCategory;
import org.clearchain.reference.Indicator;
import org.clearchain.scoring.AgencyComplaintFact;
import org.clearchain.scoring.AgencyFacts;
import org.clearchain.scoring.AgencyFindingFact;
import org.clearchain.scoring.AgencyRiskAssessment;
import org.clearchain.scoring.AgencyUseFact;
import org.clearchain.scoring.AppliedFloor;
import org.clearchain.scoring.ChildReferral;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.DeclarationFacts;
import org.clearchain.scoring.DeclarationRequestState;
import org.clearchain.scoring.EntityListMatch;
import org.clearchain.scoring.FindingFact;
import org.clearchain.scoring.GoodPractice;
import org.clearchain.scoring.IlabEditions;
import org.clearchain.scoring.LicenceState;
import org.clearchain.scoring.PossibleListing;
import org.clearchain.scoring.ReferenceData;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.scoring.ScoringEngine;
import org.clearchain.scoring.SourceKind;
import org.clearchain.scoring.StarterReferenceData;
import org.clearchain.scoring.SupplierFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every phrase the scoring engine writes has a French wording, with no English word and no code left in it. */
class ExplanationFrTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    private static final ScoringEngine ENGINE = ScoringEngine.v1();
    private static final ReferenceData STARTER = StarterReferenceData.starter();
    /** English words of the engine's phrases that French never uses (French shares "score", "points", "placement", "on", …). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|of|and|not|no|for|with|from|at|by|is|its|counted|"
            + "finding|licence register|country|sector|weight|trust|months|listed|agency|declaration|workers|least|"
            + "screening|awaiting|review|unknown|verified|record|capped|exposure|share|withheld|list)\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b");

    private static List<RiskAssessment> assessments() {
        LocalDate recent = AS_OF.minusMonths(3);
        List<SupplierFacts> facts = List.of(
                SupplierFacts.of("1", null),
                SupplierFacts.of("2", "BD"),
                SupplierFacts.of("3", "ZZ").withSectors("0111", "1410", "9999", "6201").withGoods("Garments", "Cotton", "Bricks")
                        .withDeclarationRequest(DeclarationRequestState.OVERDUE),
                SupplierFacts.of("4", "IN").withSectors("0111").withDeclarationRequest(DeclarationRequestState.PENDING)
                        .withFindings(new FindingFact(Indicator.DECEPTION, SourceKind.INSPECTORATE, recent, "7", "11", false),
                                new FindingFact(Indicator.DEBT_BONDAGE, SourceKind.INSPECTORATE, recent, "7", "11", false),
                                new FindingFact(Indicator.DEBT_BONDAGE, SourceKind.INSPECTORATE, recent, "7", "11", false),
                                new FindingFact(Indicator.RETENTION_OF_IDENTITY_DOCUMENTS, null, recent, "7", "12", true),
                                new FindingFact(Indicator.WAGES_BREACH, SourceKind.COMPLAINT_OR_NGO, recent, "7", "12", false),
                                new FindingFact(Indicator.ISOLATION, SourceKind.THIRD_PARTY_AUDIT, AS_OF.minusYears(6), "7", "9", false),
                                new FindingFact(Indicator.ISOLATION, SourceKind.SELF_DECLARATION, null, "7", "9", false),
                                new FindingFact(null, SourceKind.INSPECTORATE, recent, "7", "9", false))
                        .withAgencyUses(new AgencyUseFact("5", "Agence Sahel", LicenceState.REVOKED, true, 30.0, recent),
                                new AgencyUseFact("6", "Dhaka Manpower", null, false, null, null),
                                new AgencyUseFact("8", "Kathmandu Placement", LicenceState.RENEWAL_PENDING, false, 3.0, recent),
                                // revoked, then licensed again: the revocation is remembered
                                new AgencyUseFact("10", "Agence Sahel", LicenceState.ACTIVE, false, 20.0, recent, AS_OF.minusMonths(8)))
                        .withEntityListMatches(new EntityListMatch("CBP-WRO", recent, "3"))
                        .withChildReferrals(new ChildReferral(recent, "7", "4"), new ChildReferral(null, "7", "5"))
                        .withPossibleListings(new PossibleListing("OFAC-SDN", false, recent, "21"),
                                new PossibleListing("CBP-WRO", true, recent, "22")),
                SupplierFacts.of("5", "PK").withSectors("5510").withDeclaration(new DeclarationFacts(recent, false, true, 40.0,
                        true, Set.of(GoodPractice.values()), "9")),
                SupplierFacts.of("6", "DE").withSectors("6201").withDeclaration(new DeclarationFacts(recent, true, false, 0.0,
                        false, Set.of(GoodPractice.WORKERS_HOLD_OWN_DOCUMENTS, GoodPractice.EMPLOYER_PAYS_FEES_REIMBURSED))));
        List<RiskAssessment> all = new ArrayList<>();
        facts.forEach(f -> all.add(ENGINE.assess(f, STARTER, AS_OF)));
        // the ILAB editions shipped: a country by proxy with its advancement level, one ILAB did not assess
        Stream.of(SupplierFacts.of("7", "IN").withGoods("Garments", "Rice"), SupplierFacts.of("8", "CN").withGoods("Cotton"),
                SupplierFacts.of("9", "AF")).forEach(f -> all.add(ENGINE.assess(f, IlabEditions.REFERENCE, AS_OF)));
        return all;
    }

    private static List<String> phrases(RiskAssessment a) {
        List<String> phrases = new ArrayList<>();
        for (Contribution c : a.contributions()) {
            phrases.add(c.factor());
            phrases.add(c.source());
            phrases.add(c.rawValue());
        }
        a.floors().forEach(f -> phrases.add(f.reason()));
        phrases.addAll(a.lowConfidenceReasons());
        phrases.addAll(a.highRiskSectors());
        return phrases;
    }

    @Test
    void everyPhraseOfTheEngineHasAFrenchWording() {
        List<String> unknown = assessments().stream().flatMap(a -> phrases(a).stream())
                .filter(p -> !ExplanationFr.knows(p)).distinct().toList();

        assertEquals(List.of(), unknown);
    }

    @Test
    void theFrenchExplanationHoldsNoEnglishWordAndNoCode() {
        List<String> english = new ArrayList<>();
        for (RiskAssessment a : assessments()) {
            RiskAssessment fr = ExplanationFr.of(a);
            // names the engine quotes from the data (agencies, lists, goods, editions) are the data's own
            phrases(fr).stream().filter(p -> p != null)
                    .map(p -> p.replaceAll("Agence Sahel|Dhaka Manpower|Kathmandu Placement|Garments|Cotton|Bricks|OFAC-SDN|"
                            + "CBP-WRO|Southern Asia|Eastern Asia|Rice|starter-2026", ""))
                    .filter(p -> ENGLISH.matcher(p).find() || CODE.matcher(p).find()).forEach(english::add);
        }
        assertEquals(List.of(), english);
    }

    @Test
    void aPossibleListingReadsInFrenchAsAwaitingReview() {
        Contribution c = new Contribution("S.possible-listing", "possible listing on sanctions list OFAC-SDN, awaiting review:"
                + " no points until confirmed", "screening hit 21", null, "awaiting review", 0, AS_OF);

        Contribution fr = ExplanationFr.of(c);

        assertEquals("inscription possible sur la liste de sanctions OFAC-SDN, en attente d'examen : aucun point tant qu'elle"
                + " n'est pas confirmée", fr.factor());
        assertEquals("correspondance de filtrage n° 21", fr.source());
        assertEquals("en attente d'examen", fr.rawValue());
    }

    @Test
    void whatAReaderMayNotReadIsWithheldInFrenchToo() {
        AppliedFloor f = new AppliedFloor("R2", org.clearchain.scoring.Band.CRITICAL,
                "a confirmed screening match you may not review (source withheld)");

        assertTrue(ExplanationFr.phrase(f.reason()).endsWith("(source non communiquée)"), ExplanationFr.phrase(f.reason()));
        assertEquals("non communiqué", ExplanationFr.phrase("withheld"));
        Stream.of("a finding of another inspectorate", "a declaration made to another buyer",
                        "a possible listing on an entity list, awaiting review by those who may review it")
                .forEach(p -> assertTrue(ExplanationFr.knows(p), p));
    }
}
