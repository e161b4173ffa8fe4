package org.clearchain.feed;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.time.Duration;

/**
 * {@code clearchain.feeds.sources.<feed>}: a URL to pull on a schedule and the organisation that inbox and
 * pulled files are imported for (for feeds whose records belong to one, such as a licensing authority's
 * register or a buyer's facility list), and the feed's own batch size where it differs from
 * {@code clearchain.feeds.batch-size}.
 */
@EachProperty("clearchain.feeds.sources")
public class FeedSourceConfiguration {

    private final String feed;
    private URI url;
    private Duration interval = Duration.ofHours(6);
    private int retries = 3;
    private Duration retryDelay = Duration.ofSeconds(30);
    private Long organisationId;
    private Integer batchSize;

    public FeedSourceConfiguration(@Parameter String feed) {
        this.feed = feed;
    }

    public String getFeed() {
        return feed;
    }

    @Nullable
    public URI getUrl() {
        return url;
    }

    public void setUrl(@Nullable URI url) {
        this.url = url;
    }

    public Duration getInterval() {
        return interval;
    }

    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    public int getRetries() {
        return retries;
    }

    public void setRetries(int retries) {
        this.retries = retries;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    @Nullable
    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable Long organisationId) {
        this.organisationId = organisationId;
    }

    /** Rows per batch for this feed, instead of {@code clearchain.feeds.batch-size}. */
    @Nullable
    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(@Nullable Integer batchSize) {
        this.batchSize = batchSize;
    }
}
