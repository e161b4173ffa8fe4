package org.clearchain.testing;

import org.clearchain.embedded.EmbeddedDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One database server per test JVM, a fresh database per test class. The server is the embedded MariaDB,
 * or the one {@code CLEARCHAIN_TEST_DB_URL} points at (CI sets it to the machine's MariaDB). Databases made
 * here are dropped when the JVM ends.
 */
public final class TestDatabases {

    private static final Pattern URL = Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/]+/)([^?]*)(\\?.*)?");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static Server server;

    private TestDatabases() {
    }

    public record Database(String url, String username, String password, String name) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }
    }

    private record Server(String serverUrl, String query, String username, String password, String prefix) {
    }

    public static synchronized Database fresh() {
        Server s = server();
        String name = s.prefix() + "_" + COUNTER.incrementAndGet() + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
        try (Connection c = DriverManager.getConnection(s.serverUrl() + s.query(), s.username(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + s.serverUrl(), e);
        }
        CREATED.add(name);
        return new Database(s.serverUrl() + name + s.query(), s.username(), s.password(), name);
    }

    private static Server server() {
        if (server != null) {
            return server;
        }
        String external = System.getenv("CLEARCHAIN_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            Matcher m = URL.matcher(external.strip());
            if (!m.matches()) {
                throw new IllegalStateException("CLEARCHAIN_TEST_DB_URL must look like jdbc:mysql://host:port/database, not " + external);
            }
            String base = m.group(2).isEmpty() ? "clearchain_test" : m.group(2);
            server = new Server(m.group(1), m.group(3) == null ? "" : m.group(3),
                    envOr("CLEARCHAIN_TEST_DB_USERNAME", "root"), envOr("CLEARCHAIN_TEST_DB_PASSWORD", ""), base);
        } else {
            Path root = Path.of("target", "embedded-db").toAbsolutePath();
            EmbeddedDatabase engine = EmbeddedDatabase.start(root.resolve("engine"),
                    root.resolve("data-" + ProcessHandle.current().pid()));
            server = new Server(engine.serverUrl(), "", "root", "", "clearchain_test");
            Runtime.getRuntime().addShutdownHook(new Thread(engine::stop));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated));
        return server;
    }

    private static void dropCreated() {
        try (Connection c = DriverManager.getConnection(server.serverUrl() + server.query(), server.username(), server.password());
             Statement st = c.createStatement()) {
            for (String name : CREATED) {
                st.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases: " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
