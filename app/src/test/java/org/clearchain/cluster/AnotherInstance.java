package org.clearchain.cluster;

import com.zaxxer.hikari.HikariDataSource;

import java.time.Duration;

/** For tests of a feature's scheduled work: the leases of a second instance on the test's database. */
public final class AnotherInstance implements AutoCloseable {

    private final HikariDataSource pool = new HikariDataSource();
    private final ClusterLeases leases;

    public AnotherInstance(String url, String username, String password, String instanceId) {
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(2);
        leases = new ClusterLeases(pool, instanceId, Duration.ofHours(1), null);
    }

    public ClusterLeases leases() {
        return leases;
    }

    /** Shuts the instance down as a stopping application would: its leases go at once. */
    @Override
    public void close() {
        leases.close();
        pool.close();
    }
}
