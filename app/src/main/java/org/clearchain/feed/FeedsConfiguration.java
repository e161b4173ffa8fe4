package org.clearchain.feed;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * {@code clearchain.feeds}: where inboxes are, how large a file may be, and how several instances agree on
 * which one imports ({@code cluster.mode}: {@code none}, {@code file} — a lock file on a volume every instance
 * shares —, {@code database} — a lease in the table {@code cluster_lease} — or {@code kubernetes} — a lease in the pod's
 * namespace).
 */
@ConfigurationProperties("clearchain.feeds")
public record FeedsConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "inbox") Path inbox,
        @Bindable(defaultValue = "1073741824") long maxFileSize,
        @Bindable(defaultValue = "100") int maxExpansion,
        @Bindable(defaultValue = "1000") int batchSize,
        @Bindable(defaultValue = "uploads") Path uploads,
        Cluster cluster) {

    @ConfigurationProperties("cluster")
    public record Cluster(@Bindable(defaultValue = "none") String mode,
                          @Bindable(defaultValue = "clearchain-feeds") String namespace,
                          @Bindable(defaultValue = "cluster") Path lockDirectory) {
    }
}
