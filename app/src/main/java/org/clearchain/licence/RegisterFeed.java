package org.clearchain.licence;

import jakarta.inject.Singleton;
import org.clearchain.integrations.agencyregister.AgencyRegisterSink;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.SinkRefusedException;

/** The agency-register feed's way into the register: batches for the organisation the job imports for. */
@Singleton
class RegisterFeed implements AgencyRegisterSink {

    private final RegisterFeedBatches batches;

    RegisterFeed(RegisterFeedBatches batches) {
        this.batches = batches;
    }

    @Override
    public Writer<org.clearchain.integrations.agencyregister.RegisteredLicence> open(ImportContext context) {
        if (context.organisationId() == null) {
            throw new SinkRefusedException("no licensing authority to import for: upload the file as a licensing officer,"
                    + " or set clearchain.feeds.sources.agency-register.organisation-id for the inbox and the pull");
        }
        return batch -> batches.write(context, batch);
    }
}
