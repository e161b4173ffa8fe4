package org.clearchain.cluster;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** {@code clearchain.cluster}: how long a lease lasts without renewal, and how often a held lease is renewed. */
@ConfigurationProperties("clearchain.cluster")
public record ClusterConfiguration(@Bindable(defaultValue = "60s") Duration leaseDuration,
                                   @Bindable(defaultValue = "20s") Duration renewInterval) {
}
