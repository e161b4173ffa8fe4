package org.clearchain.integrations.agencyregister;

import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the route delivered, as the register would receive it. */
final class RecordingRegisterSink implements AgencyRegisterSink {

    final List<FeedLine.Accepted<RegisteredLicence>> received = new CopyOnWriteArrayList<>();

    @Override
    public Writer<RegisteredLicence> open(ImportContext context) {
        return batch -> {
            received.addAll(batch);
            return new BatchOutcome(batch.size(), 0, 0, List.of());
        };
    }
}
