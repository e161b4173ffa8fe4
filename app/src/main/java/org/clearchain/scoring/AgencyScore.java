package org.clearchain.scoring;

import org.clearchain.reference.ComplaintCategory;
import org.clearchain.reference.Indicator;
import org.clearchain.reference.HighRiskSectors;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An agency's own score: licence points (a revocation weighing as REVOKED for the methodology's memory, whatever the
 * agency holds or applies for since), +30 once for a substantiated fee complaint, +10 per other substantiated
 * complaint and +10 per ILO-indicator finding naming it within 24 months (each capped), all capped at 100.
 */
final class AgencyScore {

    private final Methodology methodology;

    AgencyScore(Methodology methodology) {
        this.methodology = methodology;
    }

    AgencyRiskAssessment assess(AgencyFacts facts, LocalDate asOf) {
        Methodology.Agencies rules = methodology.agencies();
        Methodology.OwnAssessment own = rules.ownAssessment();
        String version = methodology.version();
        Part part = new Part();
        LicenceState state = AgencyExposure.effectiveState(facts.licenceState());
        part.add(new Contribution("A.licence", facts.licenceState() == null
                ? "no licence record: treated as unlicensed" : "licence " + state, "licence register", version,
                state.toString(), rules.licencePoints().get(state), asOf));
        double forgotten = rules.licencePoints().get(LicenceState.REVOKED) - rules.licencePoints().get(state);
        if (forgotten > 0 && rules.remembers(facts.lastRevokedOn(), asOf)) {
            part.add(new Contribution("A.revocation-memory", "licence revoked on " + facts.lastRevokedOn()
                    + ": weighs as REVOKED for " + Rounding.show(rules.revocationMemoryMonths())
                    + " months, whatever the agency holds or applies for since", "licence register", version,
                    "REVOKED " + Rounding.show(rules.licencePoints().get(LicenceState.REVOKED)) + " − " + state + " "
                    + Rounding.show(rules.licencePoints().get(state)), forgotten, facts.lastRevokedOn()));
        }

        List<AgencyComplaintFact> complaints = facts.substantiatedComplaints();
        complaints.stream().filter(c -> c.category() == ComplaintCategory.RECRUITMENT_FEES).findFirst()
                .ifPresent(c -> part.add(new Contribution("A.fee-complaint", "substantiated recruitment-fee complaint",
                        "complaint " + c.complaintId(), version, "fee complaint", rules.feeComplaintPoints(),
                        orAsOf(c.substantiatedOn(), asOf), complaint(c))));
        Part others = new Part();
        complaints.stream().filter(c -> c.category() != ComplaintCategory.RECRUITMENT_FEES)
                .filter(c -> within(c.substantiatedOn(), own.windowMonths(), asOf))
                .forEach(c -> others.add(new Contribution("A.complaint", "substantiated complaint: " + c.category(),
                        "complaint " + c.complaintId(), version, "within " + Rounding.show(own.windowMonths())
                        + " months", own.otherComplaintPoints(), orAsOf(c.substantiatedOn(), asOf), complaint(c))));
        others.clamp("A.complaint-cap", 0, own.otherComplaintCap(), version, asOf);
        others.contributions.forEach(part::add);

        Part findings = new Part();
        Set<List<Object>> counted = new HashSet<>();
        for (AgencyFindingFact f : facts.findings()) {
            String source = "inspection " + f.inspectionId() + " at site " + f.siteId();
            List<SourceRecord> records = f.inspectionId() == null ? List.of()
                    : List.of(new SourceRecord(SourceRecord.Kind.INSPECTION, f.inspectionId()));
            if (f.indicator() == null || f.indicator().kind() != Indicator.Kind.ILO_INDICATOR) {
                findings.add(new Contribution("A.finding", f.indicator() + ": not an ILO forced-labour indicator, "
                        + "weighted 0", source, version, "0", 0, orAsOf(f.date(), asOf), records));
            } else if (!within(f.date(), own.windowMonths(), asOf)) {
                findings.add(new Contribution("A.finding", f.indicator() + ": older than "
                        + Rounding.show(own.windowMonths()) + " months, not counted", source, version, "0", 0,
                        orAsOf(f.date(), asOf), records));
            } else if (!counted.add(List.of(String.valueOf(f.inspectionId()), String.valueOf(f.siteId()),
                    f.indicator()))) {
                findings.add(new Contribution("A.finding", f.indicator() + " already counted for this inspection",
                        source, version, "0", 0, f.date(), records));
            } else {
                findings.add(new Contribution("A.finding", f.indicator() + " where it placed workers", source,
                        version, "+" + Rounding.show(own.findingPoints()), own.findingPoints(), f.date(), records));
            }
        }
        findings.clamp("A.finding-cap", 0, own.findingCap(), version, asOf);
        findings.contributions.forEach(part::add);
        part.clamp("A.score-cap", 0, rules.agencyScoreCap(), version, asOf);

        double score = Rounding.twoDecimals(part.points());
        return new AgencyRiskAssessment(facts.agencyId(), asOf, version, score, methodology.bands().of(score),
                List.copyOf(part.contributions), HighRiskSectors.among(facts.sectors()));
    }

    private static List<SourceRecord> complaint(AgencyComplaintFact c) {
        return c.complaintId() == null ? List.of() : List.of(new SourceRecord(SourceRecord.Kind.COMPLAINT, c.complaintId()));
    }

    /** An undated complaint or finding is counted: leaving it out would understate the risk. */
    private static boolean within(LocalDate date, double months, LocalDate asOf) {
        return date == null || MonthsElapsed.between(date, asOf) <= months;
    }

    private static LocalDate orAsOf(LocalDate date, LocalDate asOf) {
        return date == null ? asOf : date;
    }
}
