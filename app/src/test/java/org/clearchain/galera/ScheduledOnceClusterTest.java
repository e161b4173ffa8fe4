package org.clearchain.galera;

import org.clearchain.cluster.ClusterLeases;
import org.clearchain.testing.Api;
import org.clearchain.testing.RegisterFixture;
import org.clearchain.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scheduled work runs once per cluster: two instances on two nodes ticking at the same moment take a lease in the
 * database, and each tick runs on exactly one of them — the first tick too, when both try to take a free lease at once
 * and Galera certifies only one. The licence expiry, scheduled every second on both, expires a licence once.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledOnceClusterTest {

    private final ExecutorService schedulers = Executors.newFixedThreadPool(2);
    private TwoInstances instances;
    private TestDatabases.Database database;
    private ClusterInstance a;
    private ClusterInstance b;

    @BeforeAll
    void start() {
        Map<String, String> settings = Map.of("clearchain.licences.expiry-check-interval", "1s",
                "clearchain.licences.expiry-check-initial-delay", "1s");
        instances = TwoInstances.start("instance", settings);
        database = instances.database;
        a = instances.a;
        b = instances.b;
    }

    @AfterAll
    void stop() {
        schedulers.shutdownNow();
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void twoInstancesTickingTogetherThroughTwoNodesRunEachTickOnce() throws Exception {
        List<ClusterLeases> leases = List.of(a.context().getBean(ClusterLeases.class), b.context().getBean(ClusterLeases.class));
        int[] ranOn = new int[2];
        for (int tick = 1; tick <= 20; tick++) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Boolean>> ran = new ArrayList<>();
            for (ClusterLeases instance : leases) {
                ran.add(schedulers.submit(() -> {
                    together.await();
                    return instance.runIfLeader("cluster-test-tick", () -> { });
                }));
            }
            boolean onA = ran.get(0).get();
            boolean onB = ran.get(1).get();
            assertEquals(1, (onA ? 1 : 0) + (onB ? 1 : 0), "tick " + tick + " ran on exactly one instance");
            ranOn[onA ? 0 : 1]++;
        }
        assertEquals(20, Math.max(ranOn[0], ranOn[1]), "the holder keeps its lease from tick to tick");
    }

    @Test
    void theExpiryScheduledOnBothInstancesExpiresALicenceOnce() {
        String officer = a.api.login("licensing");
        RegisterFixture register = new RegisterFixture(a.api, officer);
        String number = register.pendingLicence(register.agency("Expiring Cluster Agency"),
                LocalDate.now().minusYears(1), LocalDate.now().plusDays(30));
        register.move(number, "approve");
        GaleraCluster.execute(2, "UPDATE `" + database.name() + "`.licence SET valid_until = CURDATE() - INTERVAL 1 DAY"
                + " WHERE number = '" + number + "'");

        String expiries = "SELECT COUNT(*) FROM licence_event e JOIN licence l ON l.id = e.licence_id WHERE l.number = '"
                + number + "' AND e.action = 'EXPIRE'";
        await("the licence expired by a scheduled run").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> GaleraCluster.count(2, database.name(), expiries) > 0);
        Api.Response expired = b.api.get("/api/licences/" + number, b.api.login("licensing"));
        assertEquals("EXPIRED", expired.text("status"), expired::toString);
        long holders = GaleraCluster.count(2, database.name(),
                "SELECT COUNT(DISTINCT holder) FROM cluster_lease WHERE name = 'licence-expiry'");
        assertEquals(1, holders);
        assertEquals(1, GaleraCluster.count(2, database.name(), expiries));
    }
}
