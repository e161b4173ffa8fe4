package org.clearchain.integrations.agencyregister;

import org.clearchain.integrations.feed.FeedDefinition;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.PullState;

import java.time.Clock;

/** {@code agency-register}: licences of another authority's register, upserted by licence number. */
public final class AgencyRegisterRoute extends FeedRoute<RegisteredLicence> {

    public static final String FEED = "agency-register";

    public AgencyRegisterRoute(AgencyRegisterSink sink, FeedSettings settings, FeedImporter importer,
                               PullState pullState, Clock clock) {
        super(new FeedDefinition<>(FEED, new AgencyRegisterFormat(), sink), settings, importer, pullState, clock);
    }
}
