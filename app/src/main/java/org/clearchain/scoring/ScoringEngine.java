package org.clearchain.scoring;

import org.clearchain.reference.HighRiskSectors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores suppliers and agencies by the methodology, explaining every point. Stateless and thread-safe: build one
 * per methodology version and call it from anywhere.
 */
public final class ScoringEngine {

    private final Methodology methodology;
    private final InherentRisk inherentRisk;
    private final EvidenceScore evidenceScore;
    private final AgencyExposure agencyExposure;
    private final DeclarationScore declarationScore;
    private final FloorRules floorRules;
    private final AgencyScore agencyScore;

    public ScoringEngine(Methodology methodology) {
        this.methodology = methodology;
        this.inherentRisk = new InherentRisk(methodology);
        this.evidenceScore = new EvidenceScore(methodology);
        this.agencyExposure = new AgencyExposure(methodology);
        this.declarationScore = new DeclarationScore(methodology);
        this.floorRules = new FloorRules(methodology);
        this.agencyScore = new AgencyScore(methodology);
    }

    /** The engine with the bundled methodology v1. */
    public static ScoringEngine v1() {
        return new ScoringEngine(Methodology.v1());
    }

    public Methodology methodology() {
        return methodology;
    }

    /** {@code score = min(100, I + E + A + D)}, at least 0, then floors R1–R5, then the band. */
    public RiskAssessment assess(SupplierFacts facts, ReferenceData reference, LocalDate asOf) {
        Part inherent = inherentRisk.assess(facts, reference, asOf);
        Part evidence = evidenceScore.assess(facts.findings(), asOf);
        Part agencies = agencyExposure.assess(facts.agencyUses(), asOf);
        Part declaration = declarationScore.assess(facts.declaration(), facts.declarationRequest(), asOf);
        declarationScore.limitGoodPractice(declaration, inherent.points(), asOf);

        Part total = new Part();
        for (Part part : List.of(inherent, evidence, agencies, declaration)) {
            part.contributions.forEach(total::add);
            part.lowConfidenceReasons.forEach(total::lowConfidence);
        }
        possibleListings(total, facts.possibleListings(), asOf);
        if (facts.hasNoData()) {
            total.add(new Contribution("DATA.insufficient", "insufficient data: nothing is known of the supplier "
                    + "but its " + (facts.country() == null ? "name" : "country")
                    + "; the score says little until sectors, declarations, inspections or agencies are recorded",
                    "supplier record", null, "no data", 0, asOf));
            total.lowConfidence("Insufficient data: no sector, goods, finding, agency, declaration or screening "
                    + "result is recorded.");
        }
        Methodology.ScoreRange range = methodology.score();
        total.clamp("SCORE.cap", range.min(), range.max(), methodology.version(), asOf);
        double beforeFloors = total.points();

        List<AppliedFloor> floors = floorRules.applying(facts, asOf);
        applyFloors(total, floors, beforeFloors, asOf);

        double score = Rounding.twoDecimals(total.points());
        return new RiskAssessment(facts.supplierId(), asOf, methodology.version(), score,
                methodology.bands().of(score), Rounding.twoDecimals(beforeFloors),
                Rounding.twoDecimals(inherent.points()), Rounding.twoDecimals(evidence.points()),
                Rounding.twoDecimals(agencies.points()), Rounding.twoDecimals(declaration.points()),
                List.copyOf(total.contributions), floors, HighRiskSectors.among(facts.sectors()),
                List.copyOf(total.lowConfidenceReasons), reference.editions());
    }

    /**
     * Open screening hits: 0 points each (a look-alike name is not a listing; confirmed, a forced-labour listing sets
     * floor R2), but listed and marked low confidence, so the score never looks clean while a possible listing waits.
     * The reason names no list: it is shown to readers who may not review the hit.
     */
    private static void possibleListings(Part total, List<PossibleListing> open, LocalDate asOf) {
        for (PossibleListing p : open) {
            total.add(new Contribution("S.possible-listing", "possible listing on " + (p.forcedLabourList()
                    ? "forced-labour" : "sanctions") + " list " + p.listName() + ", awaiting review: no points until confirmed",
                    p.hitId() == null ? "screening" : "screening hit " + p.hitId(), null, "awaiting review", 0,
                    p.raisedOn() == null ? asOf : p.raisedOn(),
                    java.util.Collections.singletonList(SourceRecord.of(SourceRecord.Kind.SCREENING_HIT, p.hitId()))));
        }
        if (!open.isEmpty()) {
            total.lowConfidence(open.size() == 1
                    ? "A possible listing on an entity list awaits review; it adds no points until confirmed."
                    : open.size() + " possible listings on entity lists await review; they add no points until confirmed.");
        }
    }

    /** The highest floor raises the score to its band's lower bound; the others are listed with 0 points. */
    private void applyFloors(Part total, List<AppliedFloor> floors, double score, LocalDate asOf) {
        List<AppliedFloor> highestFirst = new ArrayList<>(floors);
        highestFirst.sort(Comparator.comparing(AppliedFloor::band).reversed());
        double current = score;
        for (AppliedFloor floor : highestFirst) {
            double bound = methodology.bands().lowerBound(floor.band());
            double raise = Math.max(0, bound - current);
            total.add(new Contribution("FLOOR." + floor.rule(), floor.reason() + ": at least " + floor.band()
                    + (raise > 0 ? "" : " (score already at or above " + Rounding.show(bound) + ")"),
                    "floor rule " + floor.rule(), methodology.version(),
                    Rounding.show(current) + " → " + Rounding.show(Math.max(current, bound)), raise, asOf,
                    floor.sourceRecords()));
            current += raise;
        }
    }

    /** An agency's own score: licence state, substantiated complaints, findings where it placed workers. */
    public AgencyRiskAssessment assessAgency(AgencyFacts facts, LocalDate asOf) {
        return agencyScore.assess(facts, asOf);
    }
}
