package org.clearchain.security;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import io.micronaut.context.annotation.Factory;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Bucket4j's MySQL proxy manager on the table {@code rate_limit_bucket} (a Flyway migration makes it; it works on
 * MariaDB too), timed by the application's clock so that tests can move time instead of waiting.
 */
@Factory
class BucketStoreFactory {

    @Singleton
    @Named("abuse-limits")
    TimeMeter time(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Singleton
    @Named("abuse-limits")
    MySQLSelectForUpdateBasedProxyManager<String> databaseBuckets(DataSource dataSource, DataSourceResolver resolver,
                                                                 @Named("abuse-limits") TimeMeter time) {
        // the pool itself: Bucket4j commits its own short transactions and must not join a caller's
        return Bucket4jMySQL.selectForUpdateBasedBuilder(resolver.resolve(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // a row may go once its bucket is full again: a new one would be the same
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(time)
                .build();
    }
}
