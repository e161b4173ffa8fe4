package org.clearchain.risk;

import jakarta.inject.Singleton;
import org.clearchain.complaint.Complaints;
import org.clearchain.declaration.Declarations;
import org.clearchain.inspection.Inspections;
import org.clearchain.scoring.AgencyRiskAssessment;
import org.clearchain.scoring.AppliedFloor;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.scoring.SourceRecord;
import org.clearchain.screening.ScreeningHits;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows assessments to one reader. Every contribution keeps its rule and points, so the score adds up the same for
 * everyone; what it was read from (factor, source, arithmetic, date, records) is shown only to a reader who may read
 * every record behind it, as the feature keeping that record decides (an inspection as {@code GET
 * /api/inspections/{id}}, a declaration as a buyer's declarations, a referral for its inspectorate, a screening hit
 * for its reviewers, a complaint for its authority). The causes in a score's history are shown by the same rules.
 * Snapshots stay stored whole; this runs whenever one is presented.
 */
@Singleton
public class ContributionVisibility {

    static final String WITHHELD = "withheld";

    /**
     * Rules whose facts come from such records, and which kind, for contributions stored before their records were
     * kept: those are shown in full to the admin only, who may read every record, until the next scoring stores them.
     */
    private static final Map<String, SourceRecord.Kind> SOURCED_RULES = Map.ofEntries(
            Map.entry("E.finding", SourceRecord.Kind.INSPECTION),
            Map.entry("D.no-employer-pays", SourceRecord.Kind.DECLARATION),
            Map.entry("D.recruiters-for-migrants", SourceRecord.Kind.DECLARATION),
            Map.entry("D.migrant-share", SourceRecord.Kind.DECLARATION),
            Map.entry("D.seasonal-or-piece-rate", SourceRecord.Kind.DECLARATION),
            Map.entry("D.good-practice", SourceRecord.Kind.DECLARATION),
            Map.entry("FLOOR.R1", SourceRecord.Kind.INSPECTION),
            Map.entry("FLOOR.R2", SourceRecord.Kind.SCREENING_HIT),
            Map.entry("FLOOR.R3", SourceRecord.Kind.INSPECTION),
            Map.entry("FLOOR.R5", SourceRecord.Kind.REFERRAL),
            Map.entry("A.finding", SourceRecord.Kind.INSPECTION),
            Map.entry("A.fee-complaint", SourceRecord.Kind.COMPLAINT),
            Map.entry("A.complaint", SourceRecord.Kind.COMPLAINT));

    /** Causes of rescoring as snapshots name them (see RescoringTriggers), with the record each names. */
    private record Cause(Pattern reason, SourceRecord.Kind kind, String withheld) {
    }

    private static final List<Cause> CAUSES = List.of(
            new Cause(Pattern.compile("inspection (\\d+) completed"), SourceRecord.Kind.INSPECTION, "an inspection completed"),
            new Cause(Pattern.compile("corrective action (\\d+) verified"), SourceRecord.Kind.CORRECTIVE_ACTION,
                    "a corrective action verified"),
            new Cause(Pattern.compile("declaration (\\d+) submitted"), SourceRecord.Kind.DECLARATION, "a declaration submitted"),
            new Cause(Pattern.compile("complaint (\\d+) against agency \\d+ substantiated"), SourceRecord.Kind.COMPLAINT,
                    "a complaint against an agency it uses substantiated"),
            new Cause(Pattern.compile("screening hit (\\d+) \\w+"), SourceRecord.Kind.SCREENING_HIT, "a screening hit decided"));

    private final Inspections inspections;
    private final Declarations declarations;
    private final ScreeningHits screening;
    private final Complaints complaints;

    ContributionVisibility(Inspections inspections, Declarations declarations, ScreeningHits screening,
                           Complaints complaints) {
        this.inspections = inspections;
        this.declarations = declarations;
        this.screening = screening;
        this.complaints = complaints;
    }

    public RiskAssessment present(Actor reader, RiskAssessment whole) {
        return to(reader, List.of(whole)).present(whole);
    }

    public AgencyRiskAssessment present(Actor reader, AgencyRiskAssessment whole) {
        Shown shown = to(reader, whole.contributions(), List.of());
        return new AgencyRiskAssessment(whole.agencyId(), whole.asOf(), whole.methodologyVersion(), whole.score(),
                whole.band(), whole.contributions().stream().map(shown::present).toList(), whole.highRiskSectors());
    }

    /** A supplier's score history, its causes naming only records the reader may read. */
    public List<RiskHistoryEntry> present(Actor reader, List<RiskHistoryEntry> history) {
        Map<SourceRecord.Kind, Set<Long>> named = new EnumMap<>(SourceRecord.Kind.class);
        history.forEach(entry -> causeOf(entry).ifPresent(r -> collect(named, List.of(r.record()))));
        Map<SourceRecord.Kind, Set<Long>> readable = readable(reader, named);
        return history.stream().map(entry -> causeOf(entry)
                .filter(r -> !readable.getOrDefault(r.record().kind(), Set.of()).contains(idOf(r.record())))
                .map(r -> new RiskHistoryEntry(entry.snapshotId(), entry.computedAt(), entry.score(), entry.band(),
                        entry.methodologyVersion(), r.cause().withheld()))
                .orElse(entry)).toList();
    }

    private record NamedCause(Cause cause, SourceRecord record) {
    }

    private static Optional<NamedCause> causeOf(RiskHistoryEntry entry) {
        if (entry.reason() == null) {
            return Optional.empty();
        }
        for (Cause cause : CAUSES) {
            Matcher m = cause.reason().matcher(entry.reason());
            if (m.matches()) {
                return Optional.of(new NamedCause(cause, new SourceRecord(cause.kind(), m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** What the reader may see of these assessments, decided once for all of them. */
    Shown to(Actor reader, Collection<RiskAssessment> assessments) {
        return to(reader, assessments.stream().flatMap(a -> a.contributions().stream()).toList(),
                assessments.stream().flatMap(a -> a.floors().stream()).toList());
    }

    private Shown to(Actor reader, List<Contribution> contributions, List<AppliedFloor> floors) {
        Map<SourceRecord.Kind, Set<Long>> named = new EnumMap<>(SourceRecord.Kind.class);
        contributions.forEach(c -> collect(named, c.sourceRecords()));
        floors.forEach(f -> collect(named, f.sourceRecords()));
        return new Shown(reader, readable(reader, named));
    }

    /** Of the records named, by kind, those the reader may read: each feature's own rule decides. */
    private Map<SourceRecord.Kind, Set<Long>> readable(Actor reader, Map<SourceRecord.Kind, Set<Long>> named) {
        Map<SourceRecord.Kind, Set<Long>> readable = new EnumMap<>(SourceRecord.Kind.class);
        named.forEach((kind, ids) -> readable.put(kind, switch (kind) {
            case INSPECTION -> inspections.readableAmong(reader, ids);
            case REFERRAL -> inspections.referralsReadableAmong(reader, ids);
            case CORRECTIVE_ACTION -> inspections.correctiveActionsReadableAmong(reader, ids);
            case DECLARATION -> declarations.readableAmong(reader, ids);
            case SCREENING_HIT -> screening.readableAmong(reader, ids);
            case COMPLAINT -> complaints.readableAmong(reader, ids);
        }));
        return readable;
    }

    private static void collect(Map<SourceRecord.Kind, Set<Long>> named, List<SourceRecord> records) {
        for (SourceRecord r : records) {
            Long id = idOf(r);
            if (id != null) {
                named.computeIfAbsent(r.kind(), k -> new HashSet<>()).add(id);
            }
        }
    }

    private static Long idOf(SourceRecord record) {
        try {
            return record.id() == null ? null : Long.valueOf(record.id());
        } catch (NumberFormatException notARecordId) {
            return null;
        }
    }

    /** The records one reader may read, and what it sees of contributions and floors accordingly. */
    static final class Shown {

        private final Actor reader;
        private final Map<SourceRecord.Kind, Set<Long>> readable;

        private Shown(Actor reader, Map<SourceRecord.Kind, Set<Long>> readable) {
            this.reader = reader;
            this.readable = readable;
        }

        RiskAssessment present(RiskAssessment a) {
            return new RiskAssessment(a.supplierId(), a.asOf(), a.methodologyVersion(), a.score(), a.band(),
                    a.scoreBeforeFloors(), a.inherent(), a.evidence(), a.agencies(), a.declaration(),
                    a.contributions().stream().map(this::present).toList(), a.floors().stream().map(this::present).toList(),
                    a.highRiskSectors(), a.lowConfidenceReasons(), a.editionsUsed());
        }

        /** The same rule and points; without what the reader may not read. */
        Contribution present(Contribution c) {
            return withheld(c.rule(), c.sourceRecords())
                    .map(kind -> new Contribution(c.rule(), withheldFactor(kind, c.rule()), WITHHELD, c.edition(), WITHHELD, c.points(),
                            null, List.of()))
                    .orElse(c);
        }

        AppliedFloor present(AppliedFloor f) {
            return withheld("FLOOR." + f.rule(), f.sourceRecords())
                    .map(kind -> new AppliedFloor(f.rule(), f.band(), withheldFactor(kind, "FLOOR." + f.rule()) + " (source withheld)", List.of()))
                    .orElse(f);
        }

        /** The kind of the first record the reader may not read, if any. */
        private Optional<SourceRecord.Kind> withheld(String rule, List<SourceRecord> records) {
            if (records.isEmpty()) {
                SourceRecord.Kind kind = SOURCED_RULES.get(rule);
                return kind == null || reader.is(Role.ADMIN) ? Optional.empty() : Optional.of(kind);
            }
            return records.stream().filter(r -> {
                Long id = idOf(r);
                return id == null || !readable.getOrDefault(r.kind(), Set.of()).contains(id);
            }).map(SourceRecord::kind).findFirst();
        }

        private String withheldFactor(SourceRecord.Kind kind, String rule) {
            return switch (kind) {
                case INSPECTION -> reader.is(Role.INSPECTOR) ? "a finding of another inspectorate"
                        : "a finding of an inspection you may not read";
                case DECLARATION -> reader.is(Role.AUDITOR) ? "a declaration made to another buyer"
                        : "a declaration made to a buyer";
                case REFERRAL -> reader.is(Role.INSPECTOR) ? "a referral made by another inspectorate"
                        : "a referral made by an inspectorate";
                case SCREENING_HIT -> rule.startsWith("FLOOR.") ? "a confirmed screening match you may not review"
                        : "a possible listing on an entity list, awaiting review by those who may review it";
                case COMPLAINT -> reader.is(Role.LICENSING_OFFICER) ? "a complaint handled by another licensing authority"
                        : "a complaint handled by a licensing authority";
                case CORRECTIVE_ACTION -> "a corrective action of an inspection you may not read";
            };
        }
    }
}
