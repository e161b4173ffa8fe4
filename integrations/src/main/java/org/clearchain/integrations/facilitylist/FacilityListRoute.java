package org.clearchain.integrations.facilitylist;

import org.clearchain.integrations.feed.FeedDefinition;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.PullState;

import java.time.Clock;

/** {@code facility-list}: an Open Supply Hub facility list, added to a buyer's suppliers and their sites. */
public final class FacilityListRoute extends FeedRoute<Facility> {

    public static final String FEED = "facility-list";

    public FacilityListRoute(FacilityListSink sink, FeedSettings settings, FeedImporter importer, PullState pullState,
                             Clock clock) {
        super(new FeedDefinition<>(FEED, new FacilityListFormat(), sink), settings, importer, pullState, clock);
    }
}
