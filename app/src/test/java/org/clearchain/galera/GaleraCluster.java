package org.clearchain.galera;

import org.clearchain.testing.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code -Pcluster} tests' database: three MariaDB Galera nodes on localhost, built by {@code .ci/galera-cluster start}
 * ({@code CLEARCHAIN_GALERA_NODES} names them, host:port, comma-separated). A node is killed and restarted through the
 * same script.
 */
final class GaleraCluster {

    private static final List<String> NODES = Arrays.stream(System.getenv().getOrDefault("CLEARCHAIN_GALERA_NODES",
            "127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313").split(",")).map(String::strip).toList();

    private GaleraCluster() {
    }

    static int size() {
        return NODES.size();
    }

    /** Fails with the way to start the cluster unless every node is synced. */
    static void requireSynced() {
        for (int node = 1; node <= NODES.size(); node++) {
            String state;
            try {
                state = status(node, "wsrep_local_state_comment");
            } catch (SQLException e) {
                throw new IllegalStateException("Galera node " + node + " (" + NODES.get(node - 1) + ") does not answer: "
                        + "start the cluster with .ci/galera-cluster start (" + e.getMessage() + ")");
            }
            if (!"Synced".equals(state)) {
                throw new IllegalStateException("Galera node " + node + " is " + state + ", not Synced");
            }
        }
    }

    /** A new, empty database on the cluster (made on node 1, replicated at once). */
    static TestDatabases.Database createDatabase() {
        String name = "clearchain_cluster_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        execute(1, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        return database(1, name);
    }

    /** The same database reached through another node. */
    static TestDatabases.Database database(int node, String name) {
        return new TestDatabases.Database("jdbc:mysql://" + NODES.get(node - 1) + "/" + name, "root", "", name);
    }

    static void dropDatabase(String name) {
        execute(1, "DROP DATABASE IF EXISTS `" + name + "`");
    }

    static void execute(int node, String sql) {
        try (Connection c = connect(node, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on node " + node, e);
        }
    }

    /**
     * Every table's checksum as seen by {@code node}, read once the node has applied everything committed anywhere
     * before the read (wsrep_sync_wait), so that identical data gives identical maps.
     */
    static Map<String, Long> checksums(int node, String database) throws SQLException {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection c = connect(node, database); Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("CHECKSUM TABLE `" + table + "` EXTENDED")) {
                    rs.next();
                    sums.put(table, rs.getLong(2));
                }
            }
        }
        return sums;
    }

    static long count(int node, String database, String sql) {
        try (Connection c = connect(node, database); Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on node " + node, e);
        }
    }

    static String status(int node, String variable) throws SQLException {
        try (Connection c = connect(node, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW STATUS LIKE '" + variable + "'")) {
            return rs.next() ? rs.getString(2) : null;
        }
    }

    /** Kills the node's server at once (SIGKILL), as a crash would. */
    static void kill(int node) {
        script("kill", String.valueOf(node));
    }

    /** Starts a killed node again; it rejoins by incremental or full state transfer and is synced on return. */
    static void restart(int node) {
        script("restart", String.valueOf(node));
    }

    private static Connection connect(int node, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + NODES.get(node - 1) + "/" + database
                + "?connectTimeout=3000", "root", "");
    }

    private static void script(String... arguments) {
        Path script = scriptPath();
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }

    private static Path scriptPath() {
        String configured = System.getenv("CLEARCHAIN_GALERA_SCRIPT");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // Maven runs the app module's tests in app/; the script is the project's
        for (Path candidate : List.of(Path.of("..", ".ci", "galera-cluster"), Path.of(".ci", "galera-cluster"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find .ci/galera-cluster: set CLEARCHAIN_GALERA_SCRIPT");
    }
}
