package org.clearchain.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;

/** A unit called inside {@link RetryProbe#outer}: it joins that transaction (REQUIRED) and must not retry by itself. */
@Singleton
@Requires(property = "clearchain.test.retry-probe", value = "true")
public class RetryProbeInner {

    final AtomicInteger calls = new AtomicInteger();

    private final JdbcOperations jdbc;

    RetryProbeInner(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void failOnce(long row) {
        jdbc.prepareStatement("UPDATE retry_probe SET n = n + 10 WHERE id = ?", statement -> {
            statement.setLong(1, row);
            return statement.executeUpdate();
        });
        if (calls.incrementAndGet() == 1) {
            throw RetryProbe.deadlock();
        }
    }
}
