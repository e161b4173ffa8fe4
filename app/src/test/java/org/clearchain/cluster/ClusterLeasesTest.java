package org.clearchain.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.clearchain.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two or more instances on one database: a lease has one holder at a time, and its work runs once per tick. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterLeasesTest {

    private static final Duration SHORT = Duration.ofSeconds(1);
    private static final Duration LONG = Duration.ofHours(1);

    private final TestDatabases.Database database = TestDatabases.fresh();
    private final List<ClusterLeases> instances = new CopyOnWriteArrayList<>();
    private HikariDataSource pool;

    @BeforeAll
    void migrate() {
        Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration").load().migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(20);
        pool = new HikariDataSource(config);
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(ClusterLeases::close);
        instances.clear();
    }

    @AfterAll
    void closePool() {
        pool.close();
    }

    private ClusterLeases instance(String id, Duration leaseDuration) {
        ClusterLeases leases = new ClusterLeases(pool, id, leaseDuration, null);
        instances.add(leases);
        return leases;
    }

    @Test
    void onlyOneOfTwoInstancesHoldsALease() {
        ClusterLeases a = instance("host-a-1", LONG);
        ClusterLeases b = instance("host-b-2", LONG);

        assertTrue(a.hold("licence-expiry"));
        assertFalse(b.hold("licence-expiry"));
        assertTrue(a.hold("licence-expiry"), "the holder renews it");
        assertEquals("host-a-1", holder("licence-expiry"));
        assertTrue(b.hold("nightly-rescoring"), "another lease is another election");
    }

    @Test
    void theWorkRunsOncePerTickAcrossBothInstances() throws Exception {
        ClusterLeases a = instance("host-a-1", LONG);
        ClusterLeases b = instance("host-b-2", LONG);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        try {
            for (int tick = 1; tick <= 10; tick++) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> onA = schedulers.submit(() -> {
                    together.await();
                    return a.runIfLeader("tick", runs::incrementAndGet);
                });
                Future<Boolean> onB = schedulers.submit(() -> {
                    together.await();
                    return b.runIfLeader("tick", runs::incrementAndGet);
                });

                assertNotEquals(onA.get(), onB.get(), "tick " + tick + " ran on exactly one instance");
                assertEquals(tick, runs.get());
            }
        } finally {
            schedulers.shutdownNow();
        }
    }

    @Test
    void aHolderThatStopsRenewingLosesTheLeaseOnceItExpires() {
        ClusterLeases dying = instance("host-a-1", SHORT);
        ClusterLeases survivor = instance("host-b-2", SHORT);
        assertTrue(dying.hold("licence-problems"));
        assertFalse(survivor.hold("licence-problems"), "not before it expires");

        // the holder is gone: no renewal, no release
        await().atMost(Duration.ofSeconds(10)).until(() -> survivor.hold("licence-problems"));

        assertEquals("host-b-2", holder("licence-problems"));
        assertFalse(dying.hold("licence-problems"), "the old holder, back, finds it taken");
    }

    @Test
    void aHolderThatRenewsKeepsTheLeasePastItsDuration() {
        ClusterLeases holder = instance("host-a-1", SHORT);
        ClusterLeases other = instance("host-b-2", SHORT);
        assertTrue(holder.hold("web-session-purge"));

        await().during(SHORT.multipliedBy(3)).atMost(SHORT.multipliedBy(6)).until(() -> {
            holder.renewHeld();
            return !other.hold("web-session-purge");
        });

        assertEquals("host-a-1", holder("web-session-purge"));
    }

    @Test
    void aRenewalAfterAnotherInstanceTookTheLeaseGivesItUp() {
        ClusterLeases late = instance("host-a-1", SHORT);
        ClusterLeases other = instance("host-b-2", SHORT);
        assertTrue(late.hold("abuse-limit-cleanup"));
        await().atMost(Duration.ofSeconds(10)).until(() -> other.hold("abuse-limit-cleanup"));

        late.renewHeld();

        assertEquals("host-b-2", holder("abuse-limit-cleanup"), "the late renewal did not take it back");
        AtomicInteger runs = new AtomicInteger();
        assertFalse(late.runIfLeader("abuse-limit-cleanup", runs::incrementAndGet));
        assertEquals(0, runs.get());
    }

    @Test
    void anInstanceShuttingDownLetsItsLeasesGoAtOnce() {
        ClusterLeases stopping = instance("host-a-1", LONG);
        ClusterLeases other = instance("host-b-2", LONG);
        assertTrue(stopping.hold("licence-expiry-at-shutdown"));
        assertFalse(other.hold("licence-expiry-at-shutdown"));

        stopping.close();

        assertTrue(other.hold("licence-expiry-at-shutdown"), "taken at once, not an hour later");
        assertFalse(stopping.hold("licence-expiry-at-shutdown"), "a closed instance takes nothing");
    }

    @Test
    void manyInstancesTakingALeaseAtOnceEndWithOneHolder() throws Exception {
        int threads = 12;
        List<ClusterLeases> racers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            racers.add(instance("racer-" + i, LONG));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 5; round++) {
                String lease = "race-" + round;
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<Boolean>> took = new ArrayList<>();
                for (ClusterLeases racer : racers) {
                    took.add(pool.submit(() -> {
                        start.await();
                        return racer.hold(lease);
                    }));
                }
                List<String> winners = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    if (took.get(i).get()) {
                        winners.add(racers.get(i).instanceId());
                    }
                }

                assertEquals(1, winners.size(), lease + " has one holder: " + winners);
                assertEquals(winners.get(0), holder(lease));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeadlockOrCertificationFailureIsAConflictNotAFault() {
        assertTrue(ClusterLeases.isConflict(new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));
        assertTrue(ClusterLeases.isConflict(new SQLException("wrapped", "HY000", 0,
                new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertFalse(ClusterLeases.isConflict(new SQLException("Communications link failure", "08S01", 0)));
    }

    private String holder(String lease) {
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement("SELECT holder FROM cluster_lease WHERE name = ?")) {
            s.setString(1, lease);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
