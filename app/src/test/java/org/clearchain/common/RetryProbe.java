package org.clearchain.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Units of work for {@link TransactionRetryTest}, on its own table {@code retry_probe}; test configuration only. */
@Singleton
@Requires(property = "clearchain.test.retry-probe", value = "true")
public class RetryProbe {

    final AtomicInteger outerCalls = new AtomicInteger();
    final AtomicInteger failingCalls = new AtomicInteger();

    private final JdbcOperations jdbc;
    private final RetryProbeInner inner;

    RetryProbe(JdbcOperations jdbc, RetryProbeInner inner) {
        this.jdbc = jdbc;
        this.inner = inner;
    }

    /**
     * Adds one to row {@code first}, then, once the other unit holds its own first row, to row {@code second}: two of
     * these in opposite order deadlock. Records, per attempt, row {@code first} as this attempt sees it once locked.
     */
    @Transactional
    public void addToBoth(long first, long second, CountDownLatch bothHoldOne, List<Long> seenPerAttempt) {
        add(first);
        seenPerAttempt.add(value(first));
        bothHoldOne.countDown();
        try {
            if (!bothHoldOne.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the other unit never locked its first row");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        add(second);
    }

    /** Calls a nested unit that fails with a deadlock on its first call only. */
    @Transactional
    public void outer(long row) {
        outerCalls.incrementAndGet();
        add(row);
        inner.failOnce(row);
    }

    /** Breaks a primary key: an SQL error no retry can mend. */
    @Transactional
    public void duplicateKey(long row) {
        failingCalls.incrementAndGet();
        jdbc.prepareStatement("INSERT INTO retry_probe (id, n) VALUES (?, 0)", statement -> {
            statement.setLong(1, row);
            return statement.executeUpdate();
        });
    }

    void add(long row) {
        jdbc.prepareStatement("UPDATE retry_probe SET n = n + 1 WHERE id = ?", statement -> {
            statement.setLong(1, row);
            return statement.executeUpdate();
        });
    }

    long value(long row) {
        return jdbc.prepareStatement("SELECT n FROM retry_probe WHERE id = ?", statement -> {
            statement.setLong(1, row);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** What the driver raises when InnoDB or Galera aborts a transaction, as Micronaut Data passes it on. */
    static DataAccessException deadlock() {
        return sqlError("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    }

    static DataAccessException sqlError(String message, String sqlState, int code) {
        return new DataAccessException("Error executing SQL UPDATE", new SQLException(message, sqlState, code));
    }
}
