package org.clearchain.inspection;

import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.SinkRefusedException;
import org.clearchain.integrations.inspections.InspectionLine;
import org.clearchain.integrations.inspections.InspectionsSink;
import org.clearchain.security.Actor;
import org.clearchain.security.OrganisationKind;
import org.clearchain.security.OrganisationRepository;
import org.clearchain.security.Role;

/**
 * The inspections feed's way in: completed inspections of another inspectorate's system, imported for the
 * uploading inspector's inspectorate (or the one configured for the inbox and the pull), which then owns them.
 */
@Singleton
class InspectionFeed implements InspectionsSink {

    private final InspectionImport imports;
    private final OrganisationRepository organisations;

    InspectionFeed(InspectionImport imports, OrganisationRepository organisations) {
        this.imports = imports;
        this.organisations = organisations;
    }

    @Override
    public Writer<InspectionLine> open(ImportContext context) {
        if (context.organisationId() == null) {
            throw new SinkRefusedException("no inspectorate to import the inspections for: upload the file as an inspector,"
                    + " or set clearchain.feeds.sources.inspections.organisation-id for the inbox and the pull");
        }
        boolean inspectorate = organisations.findById(context.organisationId())
                .map(o -> o.kind() == OrganisationKind.INSPECTORATE).orElse(false);
        if (!inspectorate) {
            throw new SinkRefusedException("organisation " + context.organisationId() + " is not an inspectorate"
                    + " (check clearchain.feeds.sources.inspections.organisation-id)");
        }
        // the feed acts as an inspector of that inspectorate, so the inspection rules apply to it as to a person
        Actor feed = new Actor("feed:inspections (job " + context.jobId() + ")", Role.INSPECTOR, context.organisationId());
        return batch -> imports.write(feed, context.jobId(), batch);
    }
}
