package org.clearchain.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * D: risk factors the supplier declares (+10 at most), verified good practice (−5 at most), or the lack of a
 * declaration. The part never cancels evidence: {@link #limitGoodPractice} keeps the score from dropping below
 * I + E + A (or E + A when the methodology lets good practice offset inherent risk).
 */
final class DeclarationScore {

    private final Methodology methodology;

    DeclarationScore(Methodology methodology) {
        this.methodology = methodology;
    }

    Part assess(DeclarationFacts declaration, DeclarationRequestState request, LocalDate asOf) {
        Methodology.Declaration rules = methodology.declaration();
        String version = methodology.version();
        Part part = new Part();
        if (declaration == null) {
            switch (request) {
                case OVERDUE -> part.add(new Contribution("D.overdue", "declaration requested and overdue",
                        "declaration request", version, "overdue", rules.overdue(), asOf));
                case PENDING -> part.add(new Contribution("D.pending", "declaration requested, not yet due",
                        "declaration request", version, "pending", 0, asOf));
                case NONE -> part.add(new Contribution("D.missing", "no declaration on file and none requested",
                        "declarations", version, "missing", rules.missing(), asOf));
            }
            return part;
        }
        String source = "declaration of " + declaration.submittedOn();
        List<SourceRecord> records = declaration.declarationId() == null ? List.of()
                : List.of(new SourceRecord(SourceRecord.Kind.DECLARATION, declaration.declarationId()));
        LocalDate on = declaration.submittedOn() == null ? asOf : declaration.submittedOn();
        if (!declaration.employerPaysPolicy()) {
            part.add(new Contribution("D.no-employer-pays", "no employer-pays policy declared", source, version,
                    "employer pays: no", rules.noEmployerPaysPolicy(), on, records));
        }
        if (declaration.recruitersForMigrantWorkers()) {
            part.add(new Contribution("D.recruiters-for-migrants", "recruiters used for migrant workers", source,
                    version, "recruiters for migrants: yes", rules.recruitersForMigrantWorkers(), on, records));
        }
        Double share = declaration.migrantSharePercent();
        if (share != null && share > rules.migrantShareAbovePercent()) {
            part.add(new Contribution("D.migrant-share", "migrant workers above "
                    + Rounding.show(rules.migrantShareAbovePercent()) + " % of the workforce", source, version,
                    Rounding.show(share) + " %", rules.migrantShare(), on, records));
        }
        if (declaration.seasonalOrPieceRateWork()) {
            part.add(new Contribution("D.seasonal-or-piece-rate", "seasonal or piece-rate work", source, version,
                    "seasonal or piece-rate: yes", rules.seasonalOrPieceRate(), on, records));
        }
        part.clamp("D.cap", Double.NEGATIVE_INFINITY, rules.positiveCap(), version, asOf);
        double goodPractice = 0;
        for (GoodPractice practice : declaration.verifiedGoodPractice().stream().sorted().toList()) {
            double points = rules.goodPractice().get(practice);
            goodPractice += points;
            part.add(new Contribution("D.good-practice", "verified good practice: " + practice, source, version,
                    Rounding.show(points), points, on, records));
        }
        if (goodPractice < rules.negativeCap()) {
            part.add(new Contribution("D.good-practice-cap", "good practice lowers D by "
                    + Rounding.show(-rules.negativeCap()) + " at most", "methodology", version,
                    Rounding.show(goodPractice) + " → " + Rounding.show(rules.negativeCap()),
                    rules.negativeCap() - goodPractice, asOf));
        }
        return part;
    }

    /** A declaration never cancels evidence: what D takes off stops at I + E + A (or E + A, see methodology). */
    void limitGoodPractice(Part declaration, double inherent, LocalDate asOf) {
        boolean offsetsInherent = methodology.declaration().goodPracticeMayOffsetInherentRisk();
        double lowest = offsetsInherent ? -inherent : 0;
        double d = declaration.points();
        if (d < lowest) {
            declaration.add(new Contribution("D.never-cancels-evidence", "a declaration never lowers the score below "
                    + (offsetsInherent ? "E + A" : "I + E + A"), "methodology", methodology.version(),
                    "D " + Rounding.show(d) + " → " + Rounding.show(lowest), lowest - d, asOf));
        }
    }
}
