package org.clearchain.supplier;

import jakarta.inject.Singleton;
import org.clearchain.common.Problem;
import org.clearchain.integrations.facilitylist.Facility;
import org.clearchain.integrations.facilitylist.FacilityListSink;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.RejectedRow;
import org.clearchain.integrations.feed.SinkRefusedException;
import org.clearchain.reference.Countries;
import org.clearchain.reference.SectorNames;
import org.clearchain.security.Actor;
import org.clearchain.security.OrganisationKind;
import org.clearchain.security.OrganisationRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facility-list feed's way onto a buyer's supplier list: each facility becomes a tier-1 supplier with one site
 * (the facility), through {@link SupplierImport}, so duplicates are matched, buyers linked and suppliers rescored
 * as for any import. A facility another buyer listed is not imported: a link request goes out and the row is reported
 * rejected, with the reason, until the request is accepted. Countries are resolved from names or codes and sector names mapped to ISIC codes here; a row
 * whose country is unknown is rejected, a sector that maps to no code is imported without one.
 */
@Singleton
class FacilityListFeed implements FacilityListSink {

    private final SupplierImport imports;
    private final Countries countries;
    private final SectorNames sectors;
    private final OrganisationRepository organisations;

    FacilityListFeed(SupplierImport imports, Countries countries, SectorNames sectors, OrganisationRepository organisations) {
        this.imports = imports;
        this.countries = countries;
        this.sectors = sectors;
        this.organisations = organisations;
    }

    @Override
    public Writer<Facility> open(ImportContext context) {
        if (context.organisationId() == null) {
            throw new SinkRefusedException("no buyer to import the facilities for: upload the list as an auditor, or set"
                    + " clearchain.feeds.sources.facility-list.organisation-id for the inbox and the pull");
        }
        boolean employer = organisations.findById(context.organisationId())
                .map(o -> o.kind() == OrganisationKind.EMPLOYER).orElse(false);
        if (!employer) {
            throw new SinkRefusedException("organisation " + context.organisationId() + " is not an employer: a facility"
                    + " list goes onto a buyer's supplier list (check clearchain.feeds.sources.facility-list.organisation-id)");
        }
        Actor feed = new Actor("feed:facility-list (job " + context.jobId() + ")", null, context.organisationId());
        return batch -> write(feed, batch);
    }

    private BatchOutcome write(Actor feed, List<FeedLine.Accepted<Facility>> batch) {
        List<RejectedRow> rejected = new ArrayList<>();
        List<ImportedSupplier> items = new ArrayList<>();
        List<FeedLine.Accepted<Facility>> itemLines = new ArrayList<>();
        for (var line : batch) {
            try {
                ImportedSupplier item = itemOf(line.record());
                List<Problem.FieldError> problems = imports.problemsOf(item, "facility");
                if (problems.isEmpty()) {
                    items.add(item);
                    itemLines.add(line);
                } else {
                    rejected.add(RejectedRow.of(line, problems.stream().map(p -> p.field() + " " + p.message())
                            .collect(Collectors.joining("; "))));
                }
            } catch (UnknownCountryException e) {
                rejected.add(RejectedRow.of(line, e.getMessage()));
            }
        }
        if (items.isEmpty()) {
            return new BatchOutcome(0, 0, 0, rejected);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportedSupplier.Effect> effects = imports.importItems(feed, items).items();
        for (int i = 0; i < effects.size(); i++) {
            switch (effects.get(i).change()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case LINK_REQUESTED -> rejected.add(RejectedRow.of(itemLines.get(i), "'" + items.get(i).supplier().name()
                        + "' (" + items.get(i).supplier().country() + ") is a supplier another buyer listed: a link request"
                        + " was sent in your name (GET /api/link-requests); once it is accepted, import the facility again (in a new list) to add its site"));
            }
        }
        return new BatchOutcome(created, updated, unchanged, rejected);
    }

    private ImportedSupplier itemOf(Facility f) {
        String country = countries.codeFor(f.country()).orElseThrow(() -> new UnknownCountryException(f.country()));
        List<String> codes = f.sectors().stream().map(sectors::isicFor).flatMap(Optional::stream).distinct().toList();
        NewSupplier supplier = new NewSupplier(f.name(), country, null, f.openSupplyHubId(), codes, List.of(), 1, null, null,
                null, null);
        NewSite site = new NewSite(f.name(), f.address().isBlank() ? null : f.address(), country, f.latitude(),
                f.longitude(), codes.isEmpty() ? null : codes.get(0), f.workers(), null);
        return new ImportedSupplier(supplier, List.of(site), List.of());
    }

    private static final class UnknownCountryException extends RuntimeException {
        UnknownCountryException(String written) {
            super("country '" + written + "' is neither a country name nor an ISO 3166-1 code Clearchain knows", null,
                    false, false);
        }
    }
}
