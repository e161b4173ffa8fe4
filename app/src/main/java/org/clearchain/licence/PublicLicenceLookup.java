package org.clearchain.licence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers the busiest endpoint, public verification, from memory. A move on this instance evicts the licence
 * after its transaction commits; moves made by another instance show within the time-to-live. Only the
 * register's facts are cached, never the verdict: validity is worked out from the date at every request.
 * <p>
 * Looked-up numbers are spread over the whole register, so caching each on its first miss seldom hits before
 * it expires; instead the newest licences, up to the cache's size, are reloaded in one query more often than
 * the time-to-live, and a miss falls back to a single-licence query.
 */
@Singleton
class PublicLicenceLookup {

    private static final Logger LOG = LoggerFactory.getLogger(PublicLicenceLookup.class);

    private final PublicLicenceRepository repository;
    private final Cache<String, Optional<PublicLicence>> cache;
    private final int size;
    /** Numbers evicted since the running reload began: its rows for them may predate the move. */
    private final Set<String> evictedDuringReload = ConcurrentHashMap.newKeySet();

    PublicLicenceLookup(PublicLicenceRepository repository,
                        @Value("${clearchain.public-licence-cache.ttl:15s}") Duration ttl,
                        @Value("${clearchain.public-licence-cache.size:200000}") int size) {
        this.repository = repository;
        this.size = size;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).build();
    }

    Optional<PublicLicence> find(String number) {
        return cache.get(number, repository::findPublic);
    }

    @Scheduled(fixedDelay = "${clearchain.public-licence-cache.reload-interval:10s}",
            initialDelay = "${clearchain.public-licence-cache.reload-initial-delay:0s}")
    void reload() {
        long start = System.nanoTime();
        evictedDuringReload.clear();
        int loaded = 0;
        for (PublicLicence licence : repository.findNewestPublic(size)) {
            // Atomic per number with the eviction below, so a move that committed after this query read its
            // row is never overwritten by the older row. An unchanged licence keeps its cached instance (its
            // time-to-live starts again all the same), so a reload leaves only short-lived garbage behind.
            cache.asMap().compute(licence.number(), (number, cached) -> {
                if (evictedDuringReload.contains(number)) {
                    return cached;
                }
                return cached != null && cached.isPresent() && cached.get().equals(licence) ? cached : Optional.of(licence);
            });
            loaded++;
        }
        LOG.debug("Reloaded {} public licence(s) in {} ms", loaded, (System.nanoTime() - start) / 1_000_000);
    }

    @TransactionalEventListener
    void onLicenceStatusChanged(LicenceStatusChanged event) {
        cache.asMap().compute(event.number(), (number, cached) -> {
            evictedDuringReload.add(number);
            return null;
        });
    }
}
