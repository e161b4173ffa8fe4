package org.clearchain.security;

import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the rows of buckets that have refilled; every instance may run it (rows in use are skipped, not waited
 * for). Bucket4j compares their expiry with the system clock here, not with the application's.
 */
@Singleton
class ExpiredBucketCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredBucketCleanup.class);
    private static final int BATCH = 1000;

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;

    ExpiredBucketCleanup(@Named("abuse-limits") MySQLSelectForUpdateBasedProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    @Scheduled(fixedDelay = "${clearchain.limits.cleanup-interval:10m}", initialDelay = "${clearchain.limits.cleanup-interval:10m}")
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
