package org.clearchain.common;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a unit of work again, whole, when the database aborted its transaction to break a deadlock or, on Galera and
 * Group Replication, because a concurrent transaction on another node certified first. Only the outermost
 * transaction retries: a call inside one passes through, so the unit always starts over from its first read, never
 * from the statement that failed. When the attempts run out the client is told to come back ({@code 503} with
 * {@code Retry-After}); nothing of the unit was stored.
 */
@Singleton
public class TransactionRetry {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRetry.class);

    /** InnoDB's "Deadlock found when trying to get lock; try restarting transaction", also Galera's certification failure. */
    static final int ER_LOCK_DEADLOCK = 1213;
    /**
     * InnoDB's lock wait timeout. Not retried here: the statement has already waited innodb_lock_wait_timeout (50 s by
     * default) and by default only that statement was rolled back, so another round would hold the client for minutes
     * behind the same lock; the client gets 503 and Retry-After instead (see {@link #isBusy}).
     */
    static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    /*
     * Galera's 1047 "WSREP has not yet prepared node for application use" (SQLSTATE 08S01) is not retried either: the
     * pooled connection is tied to a node that is not in the primary component, and a retry a few milliseconds later
     * would hit the same node. Its SQLSTATE is of class 08, so UnexpectedErrorHandler treats it as the database being
     * unreachable: 503, Retry-After, and the pool's connections are evicted so the next request reconnects.
     */

    private static final String SERIALIZATION_FAILURE = "40001";

    private final TransactionOperations<Connection> transactions;
    private final MeterRegistry meters;
    private final int attempts;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final Duration retryAfter;

    TransactionRetry(TransactionOperations<Connection> transactions, MeterRegistry meters,
                     @Value("${clearchain.database.retry.attempts:12}") int attempts,
                     @Value("${clearchain.database.retry.backoff:20ms}") Duration backoff,
                     @Value("${clearchain.database.retry.max-backoff:1s}") Duration maxBackoff,
                     @Value("${clearchain.database.retry.retry-after:1s}") Duration retryAfter) {
        this.transactions = transactions;
        this.meters = meters;
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.retryAfter = retryAfter;
    }

    /** A unit of work; it may throw what the method it stands for throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work}, which opens its own transaction, again on a serialization failure; inside a transaction
     * already open it runs once, and the failure goes up to the unit that opened it.
     *
     * @param unit what the work is, for the log and the metrics' {@code unit} tag (e.g. {@code Licences.approve})
     */
    public <T> T run(String unit, Work<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return call(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.run();
                if (attempt > 1) {
                    LOG.info("{} succeeded on attempt {} after a serialization failure", unit, attempt);
                }
                return result;
            } catch (Exception e) {
                if (!isSerializationFailure(e)) {
                    throw sneaky(e);
                }
                if (attempt == 1) {
                    meters.counter("clearchain.transactions.retried", "unit", unit).increment();
                }
                if (attempt >= attempts) {
                    meters.counter("clearchain.transactions.exhausted", "unit", unit).increment();
                    LOG.warn("{} gave up after {} attempts, each aborted by the database (deadlock or certification "
                            + "failure); the client is told to retry", unit, attempt, e);
                    throw busy();
                }
                meters.counter("clearchain.transactions.retries", "unit", unit).increment();
                long wait = pause(attempt);
                LOG.debug("{} attempt {} of {} aborted by the database ({}); again in {} ms", unit, attempt, attempts,
                        e.toString(), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw busy();
                }
            }
        }
    }

    /**
     * Undoes, when the current transaction does not commit, what a unit changed in memory alongside it, so that a
     * retried unit starts from the state the first attempt saw. Outside a transaction it does nothing.
     */
    public void onRollback(Runnable undo) {
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(TransactionSynchronization.Status completion) {
                        if (completion != TransactionSynchronization.Status.COMMITTED) {
                            undo.run();
                        }
                    }
                }));
    }

    /** Full jitter (a random wait between 0 and the exponential bound), so units that collided don't collide again. */
    long pause(int attempt) {
        long bound = Math.min(maxBackoff.toMillis(), backoff.toMillis() << Math.min(attempt - 1, 20));
        return bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1);
    }

    /** 503: the unit was rolled back; {@code Retry-After} says when to send it again. */
    DatabaseBusyException busy() {
        return new DatabaseBusyException(retryAfter);
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** The database rolled the transaction back so that it may be run again: SQLSTATE 40001 or error 1213. */
    public static boolean isSerializationFailure(Throwable failure) {
        return findSql(failure, sql -> SERIALIZATION_FAILURE.equals(sql.getSQLState())
                || sql.getErrorCode() == ER_LOCK_DEADLOCK);
    }

    /** Worth another try later, though not retried at once: a serialization failure or a lock wait timeout. */
    static boolean isBusy(Throwable failure) {
        return isSerializationFailure(failure) || findSql(failure, sql -> sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT);
    }

    private static boolean findSql(Throwable failure, java.util.function.Predicate<SQLException> test) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (test.test(s)) {
                        return true;
                    }
                    if (s.getNextException() == s) {
                        break;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (Exception e) {
            throw sneaky(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
