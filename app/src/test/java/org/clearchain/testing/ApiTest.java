package org.clearchain.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of every test that runs the whole application: a real server on a random port, a fresh database
 * of its own (migrated by Flyway, seeded with the demo accounts), and {@link Api} to talk to it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {

    protected final TestDatabases.Database database = TestDatabases.fresh();

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;
    @Inject
    protected MutableClock clock;

    protected Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = applicationProperties(database);
        properties.putAll(extraProperties());
        return properties;
    }

    /** How every test application runs: on {@code database}, with the demo accounts, on a random port. */
    public static Map<String, String> applicationProperties(TestDatabases.Database database) {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", database.url());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("clearchain.demo", "true");
        properties.put("micronaut.server.port", "-1");
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "a-test-only-secret-that-is-long-enough-for-hs256-signing");
        // Tests run the expiry job themselves, when the clock says so.
        properties.put("clearchain.licences.expiry-check-initial-delay", "1000d");
        // each test application watches inboxes of its own, never the working tree's
        properties.put("clearchain.feeds.inbox", temporaryFolder("inbox"));
        properties.put("clearchain.feeds.uploads", temporaryFolder("uploads"));
        // Suites file complaints and look licences up far more often than a person would; AbuseLimitsTest sets its own.
        for (String limit : new String[] {"complaints-per-address", "complaint-lookups-per-address", "verifications-per-address",
                "code-redemptions-per-address"}) {
            properties.put("clearchain.limits." + limit + ".capacity", "1000000");
        }
        return properties;
    }

    private static String temporaryFolder(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory("clearchain-test-" + prefix).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Properties a test class adds or overrides. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @BeforeAll
    void connectApi() {
        api = new Api(URI.create(server.getURL().toString() + "/"), json);
    }

    /** A single number from the test's database, read directly, bypassing the application. */
    protected long count(String sql) {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    protected void execute(String sql) {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
