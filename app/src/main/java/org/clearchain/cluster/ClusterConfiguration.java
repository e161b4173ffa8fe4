package org.clearchain.cluster;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code clearchain.cluster}: this instance's name among those sharing the database (a host name and a random suffix
 * when not set), how long a lease lasts without renewal, and how often a held lease is renewed.
 */
@ConfigurationProperties("clearchain.cluster")
public record ClusterConfiguration(@Nullable String instanceId,
                                   @Bindable(defaultValue = "60s") Duration leaseDuration,
                                   @Bindable(defaultValue = "20s") Duration renewInterval) {
}
