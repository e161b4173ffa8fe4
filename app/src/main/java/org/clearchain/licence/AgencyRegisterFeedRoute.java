package org.clearchain.licence;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.clearchain.feed.FeedPullStore;
import org.clearchain.feed.FeedRegistration;
import org.clearchain.feed.FeedSettingsFactory;
import org.clearchain.integrations.agencyregister.AgencyRegisterRoute;
import org.clearchain.integrations.agencyregister.AgencyRegisterSink;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.security.Role;

import java.time.Clock;
import java.util.Set;

/**
 * The agency-register feed (another authority's licences, sent by a licensing officer):
 * its route and its entry in the feed catalogue.
 */
@Factory
class AgencyRegisterFeedRoute {

    @Singleton
    @Order(1)
    FeedRegistration agencyRegisterFeed() {
        return new FeedRegistration(AgencyRegisterRoute.FEED,
                "CSV licence_number,agency_name,registration_number,country,status,"
                + "valid_from,valid_until,scope,address,sectors", Set.of(Role.LICENSING_OFFICER));
    }

    @Singleton
    AgencyRegisterRoute agencyRegisterRoute(AgencyRegisterSink sink, FeedSettingsFactory settings, FeedImporter importer,
            FeedPullStore pulls, Clock clock) {
        return new AgencyRegisterRoute(sink, settings.settings(AgencyRegisterRoute.FEED),
                importer, pulls, clock);
    }
}
