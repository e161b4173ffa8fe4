package org.clearchain.reference;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.clearchain.feed.FeedPullStore;
import org.clearchain.feed.FeedRegistration;
import org.clearchain.feed.FeedSettingsFactory;
import org.clearchain.integrations.countryrisk.CountryRiskRoute;
import org.clearchain.integrations.countryrisk.CountryRiskSink;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.security.Role;

import java.time.Clock;
import java.util.Set;

/**
 * The country-risk feed (editions of the country-risk table, sent by the admin):
 * its route and its entry in the feed catalogue.
 */
@Factory
class CountryRiskFeedRoute {

    @Singleton
    @Order(5)
    FeedRegistration countryRiskFeed() {
        return new FeedRegistration(CountryRiskRoute.FEED,
                "CSV country,score,source,edition[,region]: country as ISO alpha-2 or English"
                + " name, score in [0, 1]; or ILAB's countries.xml as published, read by proxy (advancement level to"
                + " score, see the scoring methodology); one file is one edition", Set.of(Role.ADMIN));
    }

    @Singleton
    CountryRiskRoute countryRiskRoute(CountryRiskSink sink, FeedSettingsFactory settings, FeedImporter importer,
            FeedPullStore pulls, Clock clock) {
        return new CountryRiskRoute(sink, settings.settings(CountryRiskRoute.FEED),
                importer, pulls, clock);
    }
}
