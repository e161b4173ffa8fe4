package org.clearchain.integrations.agencyregister;

import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.FileLimits;
import org.clearchain.integrations.testing.CollectingSink;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.clearchain.integrations.testing.MemoryPullState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances (two Camel contexts) watching one shared inbox with one lock folder, as two app instances on one
 * shared volume: only the leader imports, and when it stops the other takes over.
 */
class OneImporterAcrossInstancesTest {

    /** The master endpoint's namespace for the inbox route: the settings' namespace, then the service. */
    private static final String INBOX_NAMESPACE = "clearchain-test-" + AgencyRegisterRoute.FEED + "-inbox";
    private static final String INBOX_ROUTE = AgencyRegisterRoute.FEED + "-inbox";

    @TempDir
    Path shared;

    private CamelContext first;
    private CamelContext second;

    private CamelContext instance(FileLockClusterService cluster, String name, MemoryImportJobs jobs) throws Exception {
        cluster.setId(name);
        cluster.setRoot(shared.resolve("locks").toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        var settings = new FeedSettings(shared.resolve("inbox"), null, Duration.ofHours(1), 0, Duration.ofSeconds(1), 1L,
                "clearchain-test");
        CamelContext camel = new DefaultCamelContext();
        camel.addService(cluster);
        camel.addRoutes(new AgencyRegisterRoute(new CollectingSink<RegisteredLicence>()::open, settings,
                new FeedImporter(jobs, FileLimits.DEFAULT, 100, FeedImporter.ImportListener.NONE),
                new MemoryPullState(), Clock.systemUTC()));
        camel.start();
        return camel;
    }

    @AfterEach
    void stop() throws Exception {
        for (CamelContext camel : new CamelContext[] {first, second}) {
            if (camel != null && !camel.isStopped()) {
                camel.close();
            }
        }
    }

    @Test
    void onlyTheLeaderImportsAndTheOtherTakesOverWhenItStops() throws Exception {
        MemoryImportJobs firstJobs = new MemoryImportJobs();
        MemoryImportJobs secondJobs = new MemoryImportJobs();
        FileLockClusterService firstCluster = new FileLockClusterService();
        FileLockClusterService secondCluster = new FileLockClusterService();
        first = instance(firstCluster, "first", firstJobs);
        await().atMost(Duration.ofSeconds(30)).until(() -> first.getRoute(INBOX_ROUTE) != null
                && firstCluster.isLeader(INBOX_NAMESPACE));
        second = instance(secondCluster, "second", secondJobs);
        await().atMost(Duration.ofSeconds(30)).until(() -> second.getRouteController().getRouteStatus(INBOX_ROUTE).isStarted());
        assertTrue(firstCluster.isLeader(INBOX_NAMESPACE), "the first instance keeps the lock");
        assertFalse(secondCluster.isLeader(INBOX_NAMESPACE), "the second instance follows");

        drop("one.csv");
        drop("two.csv");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(inbox().resolve(".done/one.csv")) && Files.exists(inbox().resolve(".done/two.csv")));

        assertEquals(2, firstJobs.count() + secondJobs.count(), "each file imported once");
        MemoryImportJobs leader = firstJobs.count() == 2 ? firstJobs : secondJobs;
        MemoryImportJobs follower = leader == firstJobs ? secondJobs : firstJobs;
        assertEquals(2, leader.count(), "one instance imports everything");
        assertEquals(0, follower.count());

        (leader == firstJobs ? first : second).stop();
        drop("three.csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox().resolve(".done/three.csv")));

        assertEquals(1, follower.count(), "the other instance took over");
        assertEquals(2, leader.count());
    }

    private Path inbox() {
        return shared.resolve("inbox").resolve(AgencyRegisterRoute.FEED);
    }

    private void drop(String name) throws IOException {
        Files.createDirectories(inbox());
        Path temporary = shared.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/agency-register/register.csv")) {
            // each file differs, so none is a duplicate of another
            Files.write(temporary, (new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + "\n# " + name + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.move(temporary, inbox().resolve(name));
    }
}
