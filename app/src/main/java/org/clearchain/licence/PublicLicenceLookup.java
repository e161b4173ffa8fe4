package org.clearchain.licence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers the busiest endpoint, public verification, from memory. Only the register's facts are kept, never
 * the verdict: validity is worked out from the date at every request.
 * <ul>
 * <li>At start the newest licences, up to the memory's size, are loaded in one query, because lookups are spread
 * over the whole register and caching each number on its first miss would seldom hit.</li>
 * <li>Every few seconds the licences changed since the last look (their own record or their agency's) are read
 * again, so a move made through another instance shows within that interval.</li>
 * <li>A move on this instance evicts the licence once its transaction commits, and a refresh running at that
 * moment does not put its older row back.</li>
 * <li>A number not in memory falls back to a single-licence query.</li>
 * </ul>
 */
@Singleton
class PublicLicenceLookup {

    private static final Logger LOG = LoggerFactory.getLogger(PublicLicenceLookup.class);
    /** Re-reads a margin before the last look: a transaction may commit after stamping an earlier updated_at. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);

    private final PublicLicenceRepository repository;
    private final Clock clock;
    private final int size;
    private final Cache<String, Optional<PublicLicence>> cache;
    /** Numbers evicted since the running refresh began: its rows for them may predate the move. */
    private final Set<String> evictedDuringRefresh = ConcurrentHashMap.newKeySet();
    private Instant lastLook;

    PublicLicenceLookup(PublicLicenceRepository repository, Clock clock,
                        @Value("${clearchain.public-licence-cache.size:200000}") int size) {
        this.repository = repository;
        this.clock = clock;
        this.size = size;
        this.cache = Caffeine.newBuilder().maximumSize(size).build();
    }

    Optional<PublicLicence> find(String number) {
        return cache.get(number, repository::findPublic);
    }

    // on every instance, not once per cluster: each refreshes its own memory
    @Scheduled(fixedDelay = "${clearchain.public-licence-cache.refresh-interval:5s}")
    synchronized void refresh() {
        long start = System.nanoTime();
        evictedDuringRefresh.clear();
        Instant look = Instant.now(clock);
        List<PublicLicence> rows = lastLook == null ? repository.findNewestPublic(size)
                : repository.findPublicChangedSince(lastLook.minus(OVERLAP), size + 1);
        if (rows.size() > size) {
            // More changed than memory holds (a large register import): reading them all would not fit, and a
            // partial refresh could leave stale entries, so forget everything; lookups read the database and
            // refill memory until the next full load.
            cache.invalidateAll();
            lastLook = null;
            LOG.info("More than {} public licences changed since the last look: the lookup's memory was emptied", size);
            return;
        }
        for (PublicLicence licence : rows) {
            // Atomic per number with the eviction below. An unchanged licence keeps its cached instance, so a
            // refresh leaves little garbage behind.
            cache.asMap().compute(licence.number(), (number, cached) -> {
                if (evictedDuringRefresh.contains(number)) {
                    return cached;
                }
                return cached != null && cached.isPresent() && cached.get().equals(licence) ? cached : Optional.of(licence);
            });
        }
        lastLook = look;
        LOG.debug("Refreshed {} public licence(s) in {} ms", rows.size(), (System.nanoTime() - start) / 1_000_000);
    }

    @TransactionalEventListener
    void onLicenceStatusChanged(LicenceStatusChanged event) {
        cache.asMap().compute(event.number(), (number, cached) -> {
            evictedDuringRefresh.add(number);
            return null;
        });
    }
}
