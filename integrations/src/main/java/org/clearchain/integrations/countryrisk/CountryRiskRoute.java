package org.clearchain.integrations.countryrisk;

import org.clearchain.integrations.feed.FeedDefinition;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.PullState;

import java.time.Clock;

/** {@code country-risk}: a new edition of the country-risk table (c per country) from a published index. */
public final class CountryRiskRoute extends FeedRoute<CountryRiskRow> {

    public static final String FEED = "country-risk";

    public CountryRiskRoute(CountryRiskSink sink, FeedSettings settings, FeedImporter importer,
                            PullState pullState, Clock clock) {
        super(new FeedDefinition<>(FEED, new CountryRiskFormat(), sink), settings, importer, pullState, clock);
    }
}
