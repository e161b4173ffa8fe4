package org.clearchain.scoring;

import org.clearchain.reference.Indicator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** E: per finding, weight × source trust × decay × remediation, each indicator once per site per inspection; 0–45. */
final class EvidenceScore {

    private final Methodology methodology;

    EvidenceScore(Methodology methodology) {
        this.methodology = methodology;
    }

    Part assess(List<FindingFact> findings, LocalDate asOf) {
        Methodology.Evidence rules = methodology.evidence();
        Part part = new Part();
        Map<FindingFact, Double> pointsByFinding = new HashMap<>();
        findings.forEach(finding -> pointsByFinding.put(finding, points(finding, asOf)));
        Map<List<Object>, FindingFact> countedPerInspection = new HashMap<>();
        for (FindingFact finding : findings) {
            if (finding.inspectionId() == null || finding.indicator() == null) {
                continue;
            }
            countedPerInspection.merge(List.of(String.valueOf(finding.siteId()), finding.inspectionId(),
                    finding.indicator()), finding, (a, b) -> pointsByFinding.get(b) > pointsByFinding.get(a) ? b : a);
        }
        findings.stream().sorted(Comparator.comparing(FindingFact::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(finding -> explain(part, finding, asOf, countedPerInspection));
        part.clamp("E.cap", 0, rules.cap(), methodology.version(), asOf);
        return part;
    }

    private double points(FindingFact finding, LocalDate asOf) {
        if (finding.indicator() == null || finding.date() == null) {
            return 0;
        }
        Methodology.Evidence rules = methodology.evidence();
        double months = MonthsElapsed.between(finding.date(), asOf);
        if (months > rules.dropAfterMonths()) {
            return 0;
        }
        return rules.weight(finding.indicator()) * trust(finding)
                * MonthsElapsed.halfLifeDecay(months, rules.halfLife(finding.indicator()))
                * (finding.remediationVerified() ? rules.remediationFactor() : 1.0);
    }

    private void explain(Part part, FindingFact finding, LocalDate asOf, Map<List<Object>, FindingFact> counted) {
        Methodology.Evidence rules = methodology.evidence();
        String source = "inspection " + finding.inspectionId() + " at site " + finding.siteId() + " ("
                + (finding.source() == null ? "source unknown" : finding.source()) + ")";
        List<SourceRecord> records = inspection(finding);
        Indicator indicator = finding.indicator();
        if (indicator == null) {
            part.add(new Contribution("E.finding", "finding without an indicator: not scored", source, null,
                    "no indicator", 0, asOf, records));
            return;
        }
        if (finding.date() == null) {
            part.add(new Contribution("E.finding", indicator + " with no date: not scored", source, null,
                    "no date", 0, asOf, records));
            part.lowConfidence("A finding of " + indicator + " has no date and was not scored.");
            return;
        }
        double months = MonthsElapsed.between(finding.date(), asOf);
        if (indicator.kind() == Indicator.Kind.LABOUR_STANDARD) {
            part.add(new Contribution("E.finding", indicator + ": a labour-standards breach, shown but weighted 0 "
                    + "(evidence points go to the ILO forced-labour indicators)", source, methodology.version(),
                    "weight " + Rounding.show(rules.weight(indicator)), 0, finding.date(), records));
            return;
        }
        if (months > rules.dropAfterMonths()) {
            part.add(new Contribution("E.finding", indicator + " dropped: " + Rounding.show(months)
                    + " months old, older than " + Rounding.show(rules.dropAfterMonths()), source,
                    methodology.version(), "age " + Rounding.show(months) + " months", 0, finding.date(), records));
            return;
        }
        if (finding.inspectionId() != null && counted.get(List.of(String.valueOf(finding.siteId()),
                finding.inspectionId(), indicator)) != finding) {
            part.add(new Contribution("E.finding", indicator + " already counted for this site and inspection",
                    source, methodology.version(), "counted once", 0, finding.date(), records));
            return;
        }
        double halfLife = rules.halfLife(indicator);
        double remediation = finding.remediationVerified() ? rules.remediationFactor() : 1.0;
        String arithmetic = "weight " + Rounding.show(rules.weight(indicator)) + " × trust "
                + Rounding.show(trust(finding)) + (finding.source() == null ? " (unknown source: lowest trust)" : "")
                + " × 0.5^(" + Rounding.show(months) + "/" + Rounding.show(halfLife) + ")"
                + (finding.remediationVerified() ? " × " + Rounding.show(remediation) + " (remediation verified)" : "");
        part.add(new Contribution("E.finding", indicator + (indicator.isInvoluntariness() ? " (involuntariness)"
                : " (coercion)"), source, methodology.version(), arithmetic, points(finding, asOf), finding.date(), records));
    }

    /** The inspection a finding was recorded in; none for a finding outside any inspection. */
    static List<SourceRecord> inspection(FindingFact finding) {
        return finding.inspectionId() == null ? List.of()
                : List.of(new SourceRecord(SourceRecord.Kind.INSPECTION, finding.inspectionId()));
    }

    /** An unknown source earns the least trust the methodology gives, never more. */
    private double trust(FindingFact finding) {
        Map<SourceKind, Double> trust = methodology.evidence().sourceTrust();
        return finding.source() == null
                ? trust.values().stream().mapToDouble(Double::doubleValue).min().orElse(0)
                : trust.get(finding.source());
    }
}
