package org.clearchain.feed;

import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.FileLimits;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns configuration into the settings each feed route is built with. */
@Singleton
public class FeedSettingsFactory {

    private final FeedsConfiguration feeds;
    private final List<FeedSourceConfiguration> sources;

    FeedSettingsFactory(FeedsConfiguration feeds, List<FeedSourceConfiguration> sources) {
        this.feeds = feeds;
        this.sources = sources;
    }

    public FeedSettings settings(String feed) {
        String namespace = "none".equalsIgnoreCase(feeds.cluster().mode()) ? null : feeds.cluster().namespace();
        return sources.stream().filter(s -> s.getFeed().equals(feed)).findFirst()
                .map(s -> new FeedSettings(feeds.inbox(), s.getUrl(), s.getInterval(), s.getRetries(), s.getRetryDelay(),
                        s.getOrganisationId(), namespace))
                .orElse(new FeedSettings(feeds.inbox(), null, Duration.ofHours(6), 3, Duration.ofSeconds(30), null, namespace));
    }

    public FileLimits limits() {
        return new FileLimits(feeds.maxFileSize(), feeds.maxExpansion());
    }

    public int batchSize() {
        return feeds.batchSize();
    }

    /** The feeds that have a batch size of their own. */
    public Map<String, Integer> batchSizes() {
        return sources.stream().filter(s -> s.getBatchSize() != null)
                .collect(Collectors.toMap(FeedSourceConfiguration::getFeed, FeedSourceConfiguration::getBatchSize));
    }
}
