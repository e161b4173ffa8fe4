package org.clearchain.galera;

import org.clearchain.testing.Api;
import org.clearchain.testing.FeedFixture;
import org.clearchain.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A node dies under an import: instance A, connected to node 1 only, is importing a 40,000-row register file when node 1
 * is killed. A can no longer even mark its job failed; instance B, on node 2, sees the job's heartbeat stop and marks it
 * FAILED; the officer retries it through B, and the register then holds every row of the file exactly once — on every
 * node, once node 1 is back.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeKilledMidImportClusterTest {

    private static final int ROWS = 40_000;
    private static final String PREFIX = "KILL-";

    private TwoInstances instances;
    private TestDatabases.Database database;
    private ClusterInstance a;
    private ClusterInstance b;
    private boolean nodeOneKilled;

    @BeforeAll
    void start() throws IOException {
        // several instances share the folder where uploads are kept for a retry (docs/operations.md)
        String uploads = Files.createTempDirectory("clearchain-cluster-uploads").toString();
        Map<String, String> settings = Map.of(
                "clearchain.feeds.uploads", uploads,
                // small batches: the file is still being read when the node dies
                "clearchain.feeds.sources.agency-register.batch-size", "2000",
                "clearchain.feeds.jobs.heartbeat-interval", "1s",
                "clearchain.feeds.jobs.heartbeat-timeout", "5s");
        instances = TwoInstances.start("instance", settings);
        database = instances.database;
        a = instances.a;
        b = instances.b;
    }

    @AfterAll
    void stop() {
        if (nodeOneKilled) {
            GaleraCluster.restart(1);
        }
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aJobStrandedByADeadNodeIsMarkedFailedAndItsRetryStoresEveryRowOnce() throws Exception {
        String officerA = a.api.login("licensing");
        String officerB = b.api.login("licensing");
        Api.Response accepted = a.api.upload("api/feeds/agency-register/uploads", officerA, "register.csv", registerFile());
        assertEquals(202, accepted.status(), accepted::toString);
        long job = accepted.number("id");

        await("the first batches stored").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> stored(2) > 0 || !"RUNNING".equals(status(job, officerB)) && !"QUEUED".equals(status(job, officerB)));
        Api.Response running = b.api.get("api/import-jobs/" + job, officerB);
        assertEquals("RUNNING", running.text("status"), "the import is under way when the node dies: " + running);
        GaleraCluster.kill(1);
        nodeOneKilled = true;
        long storedAtTheKill = stored(2);

        Api.Response stranded = await("the stranded job marked failed by B").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> b.api.get("api/import-jobs/" + job, officerB), r -> !"RUNNING".equals(r.text("status")));
        assertEquals("FAILED", stranded.text("status"), stranded::toString);
        var counts = stranded.body().get("counts");
        long countedRows = counts.get("created").getLongValue() + counts.get("updated").getLongValue()
                + counts.get("unchanged").getLongValue();
        assertEquals(stored(2), countedRows, "the job's counts say what is stored: " + stranded);
        System.out.printf("INFO node 1 killed with %d of %d rows stored; the job was marked FAILED through node 2: %s%n",
                storedAtTheKill, ROWS, stranded.text("reason"));

        Api.Response retried = b.api.post("/api/import-jobs/" + job + "/retry", officerB, null);
        assertEquals(202, retried.status(), retried::toString);
        Api.Response done = new FeedFixture(b.api).awaitJob(retried.number("id"), officerB);
        assertEquals("SUCCEEDED", done.text("status"), done::toString);
        assertEquals(ROWS, stored(2), "every row of the file, none twice");
        assertEquals(ROWS, GaleraCluster.count(2, database.name(),
                "SELECT COUNT(DISTINCT number) FROM licence WHERE number LIKE '" + PREFIX + "%'"));

        GaleraCluster.restart(1);
        nodeOneKilled = false;
        assertEquals(ROWS, stored(1), "node 1 caught up when it rejoined");
        for (int node = 2; node <= GaleraCluster.size(); node++) {
            assertEquals(GaleraCluster.checksums(1, database.name()), GaleraCluster.checksums(node, database.name()),
                    "node " + node + " holds other data than node 1");
        }
        Api.Response verified = b.api.get("/api/audit/verify", b.api.login("admin"));
        assertEquals(Boolean.TRUE, verified.body().get("valid").getBooleanValue(), verified::toString);
    }

    private String status(long job, String token) {
        return b.api.get("api/import-jobs/" + job, token).text("status");
    }

    private long stored(int node) {
        return GaleraCluster.count(node, database.name(), "SELECT COUNT(*) FROM licence WHERE number LIKE '" + PREFIX + "%'");
    }

    private static byte[] registerFile() {
        StringBuilder csv = new StringBuilder("licence_number,agency_name,registration_number,country,status,valid_from,"
                + "valid_until,scope,address,sectors\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(String.format("%s%06d,Killnode Recruiters %d,KN-%06d,PH,ACTIVE,2026-01-01,2029-12-31,Placement of domestic workers,,%n", PREFIX, i, i, i));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
