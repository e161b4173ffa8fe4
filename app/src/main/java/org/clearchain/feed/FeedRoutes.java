package org.clearchain.feed;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.clearchain.integrations.agencyregister.AgencyRegisterRoute;
import org.clearchain.integrations.agencyregister.AgencyRegisterSink;
import org.clearchain.integrations.entitylist.EntityListRoute;
import org.clearchain.integrations.entitylist.EntityListSink;
import org.clearchain.integrations.feed.FeedImporter;

import java.time.Clock;

/** One route bean per feed, each given its sink (implemented by the feature it writes to) and its settings. */
@Factory
class FeedRoutes {

    @Singleton
    FeedImporter feedImporter(ImportJobStore jobs, FeedSettingsFactory settings, FeedMetrics metrics) {
        return new FeedImporter(jobs, settings.limits(), settings.batchSize(), metrics);
    }

    @Singleton
    AgencyRegisterRoute agencyRegister(AgencyRegisterSink sink, FeedSettingsFactory settings, FeedImporter importer,
                                       FeedPullStore pulls, Clock clock) {
        return new AgencyRegisterRoute(sink, settings.settings(AgencyRegisterRoute.FEED), importer, pulls, clock);
    }

    @Singleton
    EntityListRoute entityList(EntityListSink sink, FeedSettingsFactory settings, FeedImporter importer,
                               FeedPullStore pulls, Clock clock) {
        return new EntityListRoute(sink, settings.settings(EntityListRoute.FEED), importer, pulls, clock);
    }
}
