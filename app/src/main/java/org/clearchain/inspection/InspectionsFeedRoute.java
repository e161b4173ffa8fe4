package org.clearchain.inspection;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.clearchain.feed.FeedPullStore;
import org.clearchain.feed.FeedRegistration;
import org.clearchain.feed.FeedSettingsFactory;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.inspections.InspectionsRoute;
import org.clearchain.integrations.inspections.InspectionsSink;
import org.clearchain.security.Role;

import java.time.Clock;
import java.util.Set;

/**
 * The inspections feed (completed inspections from another system, sent by an inspector):
 * its route and its entry in the feed catalogue.
 */
@Factory
class InspectionsFeedRoute {

    @Singleton
    @Order(3)
    FeedRegistration inspectionsFeed() {
        return new FeedRegistration(InspectionsRoute.FEED,
                "JSON lines, one completed inspection each, per schemas/json/inspection/v1.schema.json"
                + " (as GET /api/inspections/export.jsonl writes them)", Set.of(Role.INSPECTOR));
    }

    @Singleton
    InspectionsRoute inspectionsRoute(InspectionsSink sink, FeedSettingsFactory settings, FeedImporter importer,
            FeedPullStore pulls, Clock clock) {
        return new InspectionsRoute(sink, settings.settings(InspectionsRoute.FEED),
                importer, pulls, clock);
    }
}
