package org.clearchain.inspection;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.RejectedRow;
import org.clearchain.integrations.inspections.InspectionLine;
import org.clearchain.integrations.text.Words;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.security.Actor;
import org.clearchain.supplier.Site;
import org.clearchain.supplier.SiteRepository;
import org.clearchain.supplier.Supplier;
import org.clearchain.supplier.SupplierNames;
import org.clearchain.supplier.SupplierRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Imports completed inspections, one batch in one transaction, through the same rules as an inspector's own: each
 * is planned, its findings recorded and then completed by {@link Inspections}, so completion publishes its findings,
 * adds them to the yearly statistics and rescores the supplier, as through the API. The site must already be known:
 * it is found by the supplier's name (as duplicates are matched) and country, then the site's name — or its address
 * when no site has that name. Referrals are never part of a line (the schema has none).
 */
@Singleton
class InspectionImport {

    private final Inspections rules;
    private final InspectionRepositories.CorrectiveActions actions;
    private final ImportedInspection.Repository imported;
    private final SupplierRepository suppliers;
    private final SiteRepository sites;
    private final LicenceRepository licences;
    private final JsonMapper json;
    private final Clock clock;

    InspectionImport(Inspections rules, InspectionRepositories.CorrectiveActions actions,
                     ImportedInspection.Repository imported, SupplierRepository suppliers, SiteRepository sites,
                     LicenceRepository licences, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.actions = actions;
        this.imported = imported;
        this.suppliers = suppliers;
        this.sites = sites;
        this.licences = licences;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    BatchOutcome write(Actor feed, long jobId, List<FeedLine.Accepted<InspectionLine>> batch) {
        int created = 0;
        int unchanged = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        for (var line : batch) {
            try {
                if (importLine(feed, jobId, line.record())) {
                    created++;
                } else {
                    unchanged++;
                }
            } catch (LineRefused e) {
                rejected.add(RejectedRow.of(line, e.getMessage()));
            }
        }
        return new BatchOutcome(created, 0, unchanged, rejected);
    }

    /** @return true when the inspection was imported, false when it had been, as it is, before */
    private boolean importLine(Actor feed, long jobId, InspectionLine line) {
        InspectionRecord record = read(line.json());
        String checksum = sha256(record);
        Optional<ImportedInspection> before = imported.findByInspectorateIdAndSourceSystemAndSourceInspectionId(
                feed.organisationId(), line.system(), line.inspectionId());
        if (before.isPresent()) {
            if (before.get().contentSha256().equals(checksum)) {
                return false;
            }
            throw new LineRefused("inspection " + line.inspectionId() + " of " + line.system() + " was imported before (here"
                    + " inspection " + before.get().inspectionId() + ") with other content; a completed inspection does not"
                    + " change: add what is new as an addendum (POST /api/inspections/" + before.get().inspectionId() + "/addenda)");
        }
        InspectionRecord.Visit visit = record.inspection();
        if (visit.status() == InspectionStatus.PLANNED) {
            throw new LineRefused("only completed inspections are imported; this one is PLANNED");
        }
        Site site = siteOf(visit);
        Headcount present = visit.workersPresent();
        checkCounts(visit, record.findings());
        List<Long> agencies = record.findings().stream().map(f -> agencyOf(f.agencyLicenceNumber())).toList();

        Inspection inspection = rules.plan(feed, new NewInspection(site.id(), visit.visitDate(), visit.type(),
                visit.announced(), present, visit.workersInterviewed()));
        for (int i = 0; i < record.findings().size(); i++) {
            InspectionRecord.FindingRecord f = record.findings().get(i);
            Finding finding = rules.addFinding(feed, inspection.id(), new NewFinding(f.indicator(), f.description(),
                    f.evidenceSource(), agencies.get(i), f.workersAffected()));
            f.correctiveActions().forEach(a -> actions.save(reportedAction(feed, line.system(), finding.id(), a)));
        }
        rules.complete(feed, inspection.id(), new CompleteInspection(null, null, null));
        if (visit.status() == InspectionStatus.CLOSED) {
            rules.close(feed, inspection.id());
        }
        imported.save(new ImportedInspection(null, inspection.id(), feed.organisationId(), line.system(),
                line.inspectionId(), checksum, jobId, now()));
        return true;
    }

    private InspectionRecord read(String line) {
        try {
            return json.readValue(line, InspectionRecord.class);
        } catch (IOException | RuntimeException e) {
            throw new LineRefused("the line matches the schema but cannot be read as an inspection: " + e.getMessage());
        }
    }

    /** The checks completion makes, made first, so that a line that would fail them is refused alone. */
    private void checkCounts(InspectionRecord.Visit visit, List<InspectionRecord.FindingRecord> findings) {
        if (visit.visitDate().isAfter(LocalDate.now(clock))) {
            throw new LineRefused("visitDate " + visit.visitDate() + " lies in the future; a completed visit cannot");
        }
        Headcount present = visit.workersPresent();
        if (present == null) {
            throw new LineRefused("workersPresent is required for a completed inspection");
        }
        if (visit.workersInterviewed() != null && !visit.workersInterviewed().within(present)) {
            throw new LineRefused("workersInterviewed exceeds workersPresent in some sex and age band");
        }
        for (int i = 0; i < findings.size(); i++) {
            if (!findings.get(i).workersAffected().within(present)) {
                throw new LineRefused("findings[" + i + "].workersAffected exceeds workersPresent in some sex and age band");
            }
        }
    }

    private Site siteOf(InspectionRecord.Visit visit) {
        InspectionRecord.SupplierRecord reported = visit.supplier();
        List<Supplier> named = suppliers.findByNameKeyAndCountry(SupplierNames.key(reported.name()), reported.country());
        if (named.size() > 1 && reported.registrationNumber() != null) {
            List<Supplier> registered = named.stream()
                    .filter(s -> reported.registrationNumber().equalsIgnoreCase(s.registrationNumber())).toList();
            named = registered.isEmpty() ? named : registered;
        }
        if (named.isEmpty()) {
            throw new LineRefused("no supplier '" + reported.name() + "' in " + reported.country() + " is known here; the"
                    + " inspected site must be on Clearchain first (a buyer's supplier list or facility list)");
        }
        InspectionRecord.SiteRecord place = visit.site();
        List<Site> candidates = named.stream().flatMap(s -> sites.findBySupplierIdOrderById(s.id()).stream())
                .filter(s -> s.country().equals(place.country())).toList();
        List<Site> byName = candidates.stream()
                .filter(s -> Words.of(s.name()).equals(Words.of(place.name()))).toList();
        List<Site> matches = byName.isEmpty() && place.address() != null && !place.address().isBlank()
                ? candidates.stream().filter(s -> s.address() != null
                        && Words.of(s.address()).equals(Words.of(place.address()))).toList()
                : byName;
        if (matches.isEmpty()) {
            throw new LineRefused("supplier '" + reported.name() + "' has no site '" + place.name() + "' in "
                    + place.country() + (place.address() == null ? "" : " nor one at '" + place.address() + "'")
                    + "; add the site first");
        }
        if (matches.size() > 1) {
            throw new LineRefused("site '" + place.name() + "' of '" + reported.name() + "' is ambiguous: sites "
                    + matches.stream().map(s -> String.valueOf(s.id())).toList() + " match it");
        }
        return matches.get(0);
    }

    private Long agencyOf(String licenceNumber) {
        if (licenceNumber == null || licenceNumber.isBlank()) {
            return null;
        }
        String number = licenceNumber.strip().toUpperCase();
        return licences.findByNumberIn(List.of(number)).stream().findFirst().map(Licence::agencyId)
                .orElseThrow(() -> new LineRefused("agency licence " + number + " is not in the register"));
    }

    /** As the other system reports it: a verification made there is trusted as that inspectorate's own. */
    private CorrectiveAction reportedAction(Actor feed, String system, long findingId, InspectionRecord.ActionRecord a) {
        Instant now = now();
        boolean done = a.status() != CorrectiveAction.Status.OPEN;
        boolean verified = a.status() == CorrectiveAction.Status.VERIFIED;
        String reporter = "reported by " + system;
        return new CorrectiveAction(null, findingId, a.description().strip(), a.dueDate(), a.status(), null,
                done ? reporter : null, done ? now : null, verified ? reporter : null, verified ? now : null, null,
                feed.name(), now);
    }

    private String sha256(InspectionRecord record) {
        try {
            byte[] canonical = json.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint an inspection record", e);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A line that cannot go in; the message is the reason shown beside its line number. */
    private static final class LineRefused extends RuntimeException {
        LineRefused(String reason) {
            super(reason, null, false, false);
        }
    }
}
