package org.clearchain.feed;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.FeedImporter;

/** Counters {@code clearchain.feed.rows} tagged by feed and outcome (imported, rejected), at {@code /metrics}. */
@Singleton
class FeedMetrics implements FeedImporter.ImportListener {

    private final MeterRegistry registry;

    FeedMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void batch(String feed, long imported, long rejected) {
        registry.counter("clearchain.feed.rows", "feed", feed, "outcome", "imported").increment(imported);
        registry.counter("clearchain.feed.rows", "feed", feed, "outcome", "rejected").increment(rejected);
    }
}
