package org.clearchain.licence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * Answers the busiest endpoint, public verification, from memory. A move on this instance evicts the licence
 * after its transaction commits; moves made by another instance show within the time-to-live. Only the
 * register's facts are cached, never the verdict: validity is worked out from the date at every request.
 */
@Singleton
class PublicLicenceLookup {

    private final PublicLicenceRepository repository;
    private final Cache<String, Optional<PublicLicence>> cache;

    PublicLicenceLookup(PublicLicenceRepository repository,
                        @Value("${clearchain.public-licence-cache.ttl:15s}") Duration ttl,
                        @Value("${clearchain.public-licence-cache.size:200000}") long size) {
        this.repository = repository;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).build();
    }

    Optional<PublicLicence> find(String number) {
        return cache.get(number, repository::findPublic);
    }

    @TransactionalEventListener
    void onLicenceStatusChanged(LicenceStatusChanged event) {
        cache.invalidate(event.number());
    }
}
