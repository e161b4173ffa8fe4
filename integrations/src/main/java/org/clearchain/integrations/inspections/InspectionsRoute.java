package org.clearchain.integrations.inspections;

import org.clearchain.integrations.feed.FeedDefinition;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.PullState;

import java.time.Clock;

/** {@code inspections}: completed inspections with their findings from another inspectorate's system. */
public final class InspectionsRoute extends FeedRoute<InspectionLine> {

    public static final String FEED = "inspections";

    public InspectionsRoute(InspectionsSink sink, FeedSettings settings, FeedImporter importer, PullState pullState,
                            Clock clock) {
        super(new FeedDefinition<>(FEED, new InspectionLinesFormat(), sink), settings, importer, pullState, clock);
    }
}
