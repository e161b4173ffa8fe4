package org.clearchain.scoring;

import org.clearchain.reference.Indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R1–R5: facts so grave that no sum of points may leave the supplier below High or Critical, however little else
 * is known about it.
 */
final class FloorRules {

    private final Methodology methodology;

    FloorRules(Methodology methodology) {
        this.methodology = methodology;
    }

    List<AppliedFloor> applying(SupplierFacts facts, LocalDate asOf) {
        Methodology.Floors rules = methodology.floors();
        List<AppliedFloor> floors = new ArrayList<>();
        r1ForcedLabourAtOneSite(facts, asOf).ifPresent(floors::add);
        facts.entityListMatches().stream().findFirst().ifPresent(match -> floors.add(new AppliedFloor("R2",
                rules.band("R2"), "confirmed match on forced-labour entity list " + match.listName(),
                java.util.Collections.singletonList(SourceRecord.of(SourceRecord.Kind.SCREENING_HIT, match.hitId())))));
        facts.findings().stream()
                .filter(f -> f.indicator() != null && f.date() != null && rules.r3Indicators().contains(f.indicator())
                        && rules.verifiedSources().contains(f.source())
                        && MonthsElapsed.between(f.date(), asOf) <= rules.r3WindowMonths())
                .findFirst().ifPresent(f -> floors.add(new AppliedFloor("R3", rules.band("R3"), "verified "
                        + f.indicator() + " at site " + f.siteId() + " on " + f.date() + " (within "
                        + Rounding.show(rules.r3WindowMonths()) + " months)", EvidenceScore.inspection(f))));
        facts.agencyUses().stream()
                .filter(use -> rules.r4LicenceStates().contains(AgencyExposure.effectiveState(use.licenceState()))
                        && currentlyPlacing(use, asOf))
                .findFirst().ifPresent(use -> floors.add(new AppliedFloor("R4", rules.band("R4"), "workers placed by "
                        + use.agencyName() + ", " + (use.licenceState() == null ? "no licence record (unlicensed)"
                        : use.licenceState()) + ", last placement " + (use.lastPlacement() == null
                        ? "unknown (counts as current)" : use.lastPlacement().toString()))));
        facts.childReferrals().stream()
                .filter(r -> r.date() == null || MonthsElapsed.between(r.date(), asOf) <= rules.r5WindowMonths())
                .findFirst().ifPresent(r -> floors.add(new AppliedFloor("R5", rules.band("R5"),
                        "child referral from site " + r.siteId() + " on "
                                + (r.date() == null ? "an unknown date (counts as recent)" : r.date().toString()),
                        java.util.Collections.singletonList(SourceRecord.of(SourceRecord.Kind.REFERRAL, r.referralId())))));
        return floors;
    }

    private boolean currentlyPlacing(AgencyUseFact use, LocalDate asOf) {
        Methodology.Floors rules = methodology.floors();
        return use.lastPlacement() == null
                ? rules.r4UnknownPlacementIsCurrent()
                : MonthsElapsed.between(use.lastPlacement(), asOf) <= rules.r4CurrentPlacementMonths();
    }

    /** ICLS 2018: forced labour is work both involuntary and under menace of penalty, seen together at one site. */
    private java.util.Optional<AppliedFloor> r1ForcedLabourAtOneSite(SupplierFacts facts, LocalDate asOf) {
        Methodology.Floors rules = methodology.floors();
        Map<String, List<FindingFact>> bySite = new LinkedHashMap<>();
        facts.findings().stream()
                .filter(f -> f.indicator() != null && f.indicator().kind() == Indicator.Kind.ILO_INDICATOR
                        && f.date() != null && f.siteId() != null && !f.remediationVerified()
                        && rules.trustedSources().contains(f.source())
                        && MonthsElapsed.between(f.date(), asOf) <= rules.r1WindowMonths())
                .forEach(f -> bySite.computeIfAbsent(f.siteId(), site -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<FindingFact>> site : bySite.entrySet()) {
            var involuntary = site.getValue().stream().filter(f -> f.indicator().isInvoluntariness()).findFirst();
            var coercion = site.getValue().stream().filter(f -> !f.indicator().isInvoluntariness()).findFirst();
            if (involuntary.isPresent() && coercion.isPresent()) {
                return java.util.Optional.of(new AppliedFloor("R1", rules.band("R1"), "at site " + site.getKey()
                        + ": " + involuntary.get().indicator() + " (" + involuntary.get().date() + ", "
                        + involuntary.get().source() + ") and " + coercion.get().indicator() + " ("
                        + coercion.get().date() + ", " + coercion.get().source() + "), not remediated",
                        java.util.stream.Stream.concat(EvidenceScore.inspection(involuntary.get()).stream(),
                                EvidenceScore.inspection(coercion.get()).stream()).distinct().toList()));
            }
        }
        return java.util.Optional.empty();
    }
}
