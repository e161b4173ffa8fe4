package org.clearchain.feed;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.FeedImporter;

/**
 * The importer every feed route ends in. The routes themselves are beans of the features they write to, each beside
 * its {@link FeedRegistration}; this package knows none of them.
 */
@Factory
class FeedImporterFactory {

    @Singleton
    FeedImporter feedImporter(ImportJobStore jobs, FeedSettingsFactory settings, FeedMetrics metrics) {
        return new FeedImporter(jobs, settings.limits(), settings.batchSize(), settings.batchSizes(), metrics);
    }
}
