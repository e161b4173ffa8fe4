package org.clearchain.supplier;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.clearchain.feed.FeedPullStore;
import org.clearchain.feed.FeedRegistration;
import org.clearchain.feed.FeedSettingsFactory;
import org.clearchain.integrations.facilitylist.FacilityListRoute;
import org.clearchain.integrations.facilitylist.FacilityListSink;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.security.Role;

import java.time.Clock;
import java.util.Set;

/**
 * The facility-list feed (a buyer's Open Supply Hub list, sent by its auditor):
 * its route and its entry in the feed catalogue.
 */
@Factory
class FacilityListFeedRoute {

    @Singleton
    @Order(2)
    FeedRegistration facilityListFeed() {
        return new FeedRegistration(FacilityListRoute.FEED,
                "Open Supply Hub facility list CSV country,name,address,sector"
                + " (optional lat,lng,os_id,number_of_workers)", Set.of(Role.AUDITOR));
    }

    @Singleton
    FacilityListRoute facilityListRoute(FacilityListSink sink, FeedSettingsFactory settings, FeedImporter importer,
            FeedPullStore pulls, Clock clock) {
        return new FacilityListRoute(sink, settings.settings(FacilityListRoute.FEED),
                importer, pulls, clock);
    }
}
