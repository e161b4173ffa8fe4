package org.clearchain.feed;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.clearchain.cluster.AnotherInstance;
import org.clearchain.cluster.ClusterConfiguration;
import org.clearchain.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds' cluster mode {@code database}: of two instances on one database, one consumes a master: route at a time. */
class DatabaseClusterServiceTest {

    @Test
    void oneOfTwoInstancesConsumesAndTheOtherTakesOverWhenItStops() throws Exception {
        TestDatabases.Database database = database();
        AtomicInteger onA = new AtomicInteger();
        AtomicInteger onB = new AtomicInteger();
        try (AnotherInstance a = new AnotherInstance(database.url(), database.username(), database.password(), "node-a");
             AnotherInstance b = new AnotherInstance(database.url(), database.username(), database.password(), "node-b");
             DefaultCamelContext camelA = camel(a, onA)) {
            camelA.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> onA.get() > 0);
            try (DefaultCamelContext camelB = camel(b, onB)) {
                camelB.start();

                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> onB.get() == 0);

                camelA.stop();
                int stoppedAt = onA.get();
                await().atMost(Duration.ofSeconds(20)).until(() -> onB.get() > 0);
                assertEquals(stoppedAt, onA.get(), "the stopped instance consumes no more");
                assertTrue(b.leases().hold(DatabaseClusterService.leaseName("clearchain-feeds-test")), "node-b holds the lease");
            }
        }
    }

    @Test
    void theDatabaseModeUsesTheLeases() {
        try (AnotherInstance instance = new AnotherInstance(database().url(), database().username(), database().password(), "node-c")) {
            var service = CamelContextFactory.clusterService(new FeedsConfiguration.Cluster("database", "clearchain-feeds",
                    java.nio.file.Path.of("cluster")), instance.leases(), new ClusterConfiguration(Duration.ofSeconds(60),
                    Duration.ofSeconds(20)));

            assertTrue(service instanceof DatabaseClusterService, String.valueOf(service));
        }
    }

    @Test
    void aLongNamespaceStillFitsTheLeaseName() {
        String name = DatabaseClusterService.leaseName("clearchain-feeds-" + "x".repeat(100));

        assertEquals(64, name.length());
        assertTrue(DatabaseClusterService.leaseName("clearchain-feeds-" + "x".repeat(99)).length() <= 64);
        assertNotEquals(name, DatabaseClusterService.leaseName("clearchain-feeds-" + "x".repeat(101)));
    }

    private static TestDatabases.Database database;

    /** One migrated database for the class, made when first needed. */
    private static synchronized TestDatabases.Database database() {
        if (database == null) {
            database = TestDatabases.fresh();
            Flyway.configure().dataSource(database.url(), database.username(), database.password())
                    .locations("classpath:db/migration").load().migrate();
        }
        return database;
    }

    private static DefaultCamelContext camel(AnotherInstance instance, AtomicInteger consumed) throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.addService(new DatabaseClusterService(instance.leases(), Duration.ofMillis(200)));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:clearchain-feeds-test:timer:tick?period=50").routeId("tick")
                        .process(exchange -> consumed.incrementAndGet());
            }
        });
        return camel;
    }
}
