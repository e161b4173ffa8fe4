package org.clearchain.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.clearchain.common.ProblemException;
import org.clearchain.common.TransactionRetry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Token buckets (Bucket4j) for the {@link Limit}s, one per limit and account or address. Buckets in the database
 * hold across every instance sharing it; those in memory are each instance's own, for endpoints that answer from
 * memory and would lose that to a database round trip per request.
 */
@Singleton
public class AbuseLimits {

    private static final String PREFIX = "clearchain.limits.";

    enum Store { DATABASE, MEMORY }

    record Rate(long capacity, Duration period, Store store) {
        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                    .build();
        }
    }

    private final Map<Limit, Rate> rates = new EnumMap<>(Limit.class);
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
    private final ProxyManager<String> database;
    private final TransactionRetry retry;
    /** Per limit kept in memory: its buckets by subject (no key to build per request), and how a new one is made. */
    private final Map<Limit, Cache<String, Bucket>> memory = new EnumMap<>(Limit.class);
    private final Map<Limit, Function<String, Bucket>> newMemoryBucket = new EnumMap<>(Limit.class);

    AbuseLimits(Environment environment, @Named("abuse-limits") ProxyManager<String> database,
                @Named("abuse-limits") TimeMeter time,
                @Value("${clearchain.limits.memory-buckets:100000}") long memoryBuckets, TransactionRetry retry) {
        this.database = database;
        this.retry = retry;
        for (Limit limit : Limit.values()) {
            Rate rate = rate(environment, limit);
            rates.put(limit, rate);
            BucketConfiguration configuration = rate.configuration();
            configurations.put(limit, configuration);
            if (rate.store() == Store.MEMORY) {
                // a bucket untouched for its whole period is full again, so forgetting it changes nothing; the
                // cache's upkeep runs on the calling thread, not as a task handed to another pool per request
                memory.put(limit, Caffeine.newBuilder().maximumSize(memoryBuckets).expireAfterAccess(rate.period())
                        .executor(Runnable::run).build());
                newMemoryBucket.put(limit, subject -> Bucket.builder().addLimit(configuration.getBandwidths()[0])
                        .withCustomTimePrecision(time).build());
            }
        }
    }

    /** Answers 429 if {@code subject} has no try of {@code limit} left; takes none. */
    public void check(Limit limit, String subject) {
        EstimationProbe probe = retried(limit, "AbuseLimits.check", () -> bucket(limit, subject).estimateAbilityToConsume(1));
        if (!probe.canBeConsumed()) {
            throw tooMany(limit, probe.getNanosToWaitForRefill());
        }
    }

    /** Takes one try of {@code limit} for {@code subject}, or answers 429 if none is left. */
    public void take(Limit limit, String subject) {
        Bucket bucket = bucket(limit, subject);
        // the plain try allocates nothing; how long to wait is worked out only for the refused
        if (!retried(limit, "AbuseLimits.take", () -> bucket.tryConsume(1))) {
            throw tooMany(limit, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        }
    }

    /** Counts a failure against {@code subject}: takes a try if one is left, and answers nothing either way. */
    public void spend(Limit limit, String subject) {
        retried(limit, "AbuseLimits.spend", () -> bucket(limit, subject).tryConsume(1));
    }

    /**
     * A database bucket is one row every request from the same address or account updates, in a transaction of
     * Bucket4j's own: two instances on two cluster nodes taking from it at once conflict like any other write.
     */
    private <T> T retried(Limit limit, String unit, Supplier<T> work) {
        return memory.containsKey(limit) ? work.get() : retry.run(unit, work::get);
    }

    Rate rate(Limit limit) {
        return rates.get(limit);
    }

    private Bucket bucket(Limit limit, String subject) {
        Cache<String, Bucket> buckets = memory.get(limit);
        if (buckets != null) {
            return buckets.get(subject, newMemoryBucket.get(limit));
        }
        BucketConfiguration configuration = configurations.get(limit);
        return database.builder().build(limit.key() + ":" + sha256(subject), () -> configuration);
    }

    /** Rows name no account or address in clear: a backup of the table says nothing about who tried what. */
    private static String sha256(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ProblemException tooMany(Limit limit, long nanosToWait) {
        Duration wait = Duration.ofNanos(Math.max(nanosToWait, 1_000_000_000L));
        return ProblemException.tooManyRequests(limit.tooMany() + ". Try again in " + inWords(wait) + ".", wait);
    }

    private static String inWords(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }

    private static Rate rate(Environment environment, Limit limit) {
        String prefix = PREFIX + limit.key() + ".";
        long capacity = environment.getProperty(prefix + "capacity", Long.class)
                .orElseThrow(() -> new ConfigurationException(prefix + "capacity is not set"));
        Duration period = environment.getProperty(prefix + "period", Duration.class)
                .orElseThrow(() -> new ConfigurationException(prefix + "period is not set"));
        String store = environment.getProperty(prefix + "store", String.class).orElse("database");
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new ConfigurationException(prefix + "capacity must be 1 or more and " + prefix + "period longer than 0, not "
                    + capacity + " per " + period);
        }
        try {
            return new Rate(capacity, period, Store.valueOf(store.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(prefix + "store must be 'database' or 'memory', not '" + store + "'");
        }
    }
}
