package org.clearchain.security;

import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.clearchain.cluster.ClusterLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the rows of buckets that have refilled (rows in use are skipped, not waited for), on the one instance holding
 * the lease {@value #LEASE}: on Galera, the same deletes from two nodes would only fail each other's certification.
 * Bucket4j compares their expiry with the system clock here, not with the application's.
 */
@Singleton
class ExpiredBucketCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredBucketCleanup.class);
    private static final int BATCH = 1000;
    static final String LEASE = "abuse-limit-cleanup";

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ClusterLeases leases;

    ExpiredBucketCleanup(@Named("abuse-limits") MySQLSelectForUpdateBasedProxyManager<String> buckets, ClusterLeases leases) {
        this.buckets = buckets;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "${clearchain.limits.cleanup-interval:10m}", initialDelay = "${clearchain.limits.cleanup-interval:10m}")
    void scheduled() {
        leases.runIfLeader(LEASE, this::removeExpired);
    }

    void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(BATCH);
            } while (removed == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Expired abuse-limit buckets were not removed this time: {}", e.toString());
        }
    }
}
