package org.clearchain.licence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clearchain.cluster.AnotherInstance;
import org.clearchain.cluster.ClusterLeases;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With several instances on one database, the expiry run happens on the one holding its lease, and on no other: two
 * application contexts on the test's database, or one and the leases of another instance.
 */
class LicenceExpiryOncePerClusterTest extends ApiTest {

    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        register = new RegisterFixture(api, api.login("licensing"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theExpiryRunWaitsWhileAnotherInstanceHoldsItsLeaseAndRunsOnceThatInstanceStops() {
        String number = register.pendingLicence(register.agency("Other Node Agency"), LocalDate.now().minusMonths(11), LocalDate.now().plusDays(10));
        register.move(number, "approve");
        clock.advance(Duration.ofDays(11));
        LicenceExpiryJob job = server.getApplicationContext().getBean(LicenceExpiryJob.class);
        ClusterLeases here = server.getApplicationContext().getBean(ClusterLeases.class);
        here.release(LicenceExpiryJob.LEASE);

        try (AnotherInstance other = new AnotherInstance(database.url(), database.username(), database.password(), "other-node")) {
            assertTrue(other.leases().hold(LicenceExpiryJob.LEASE));

            job.scheduled();

            assertEquals(0, expiries(number), "the other instance leads: this one did nothing");
            assertEquals("other-node", holder());
        }

        job.scheduled();

        assertEquals(1, expiries(number), "the other instance stopped and let the lease go: this one ran the expiry");
        assertEquals(here.instanceId(), holder());
    }

    @Test
    void twoInstancesTickingTogetherRunTheExpiryOncePerTick() throws Exception {
        ClusterLeases here = server.getApplicationContext().getBean(ClusterLeases.class);
        here.release(LicenceExpiryJob.LEASE);
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(getProperties()), "test")) {
            List<LicenceExpiryJob> jobs = List.of(server.getApplicationContext().getBean(LicenceExpiryJob.class),
                    other.getApplicationContext().getBean(LicenceExpiryJob.class));
            for (int tick = 1; tick <= 5; tick++) {
                CyclicBarrier together = new CyclicBarrier(jobs.size());
                List<Future<Boolean>> ran = new ArrayList<>();
                for (LicenceExpiryJob job : jobs) {
                    ran.add(schedulers.submit(() -> {
                        together.await();
                        return job.scheduled();
                    }));
                }

                assertNotEquals(ran.get(0).get(), ran.get(1).get(), "tick " + tick + " ran on exactly one instance");
            }
        } finally {
            schedulers.shutdownNow();
        }
    }

    private long expiries(String number) {
        return count("SELECT COUNT(*) FROM licence_event e JOIN licence l ON l.id = e.licence_id WHERE l.number = '" + number
                + "' AND e.action = 'EXPIRE'");
    }

    private String holder() {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT holder FROM cluster_lease WHERE name = '" + LicenceExpiryJob.LEASE + "'")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
