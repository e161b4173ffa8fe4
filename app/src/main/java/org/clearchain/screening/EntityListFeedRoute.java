package org.clearchain.screening;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.clearchain.feed.FeedPullStore;
import org.clearchain.feed.FeedRegistration;
import org.clearchain.feed.FeedSettingsFactory;
import org.clearchain.integrations.entitylist.EntityListRoute;
import org.clearchain.integrations.entitylist.EntityListSink;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.security.Role;

import java.time.Clock;
import java.util.Set;

/**
 * The entity-list feed (sanctions and forced-labour lists, sent by the admin):
 * its route and its entry in the feed catalogue.
 */
@Factory
class EntityListFeedRoute {

    @Singleton
    @Order(6)
    FeedRegistration entityListFeed() {
        return new FeedRegistration(EntityListRoute.FEED,
                "OFAC SDN CSV (latin-1), UN Security Council consolidated XML, CBP forced-labour CSV"
                + " (Entity, Country, Country Code, Industry, Status, WRO/Finding, Remarks, Press Release, Effective Date)"
                + " or FollowTheMoney JSON lines; the format is told from the file", Set.of(Role.ADMIN));
    }

    @Singleton
    EntityListRoute entityListRoute(EntityListSink sink, FeedSettingsFactory settings, FeedImporter importer,
            FeedPullStore pulls, Clock clock) {
        return new EntityListRoute(sink, settings.settings(EntityListRoute.FEED),
                importer, pulls, clock);
    }
}
