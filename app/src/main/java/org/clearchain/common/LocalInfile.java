package org.clearchain.common;

import com.mysql.cj.ServerVersion;
import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes many new rows with {@code LOAD DATA LOCAL INFILE} fed from memory, on the transaction's connection: the
 * quickest way MariaDB takes rows, several times quicker than multi-row INSERTs. No local file is ever read: the
 * pool announces the capability with {@code allowLoadLocalInfileInPath} set to a folder that cannot exist (so a
 * file the server asks for is refused by the driver), and this statement alone turns {@code allowLoadLocalInfile}
 * on, with its rows as the stream, and off again. Whether the database takes it (its {@code local_infile}, the
 * pool's properties) is tried once, with no row; when it does not, or {@code clearchain.feeds.load-data} is false,
 * callers write with JDBC batches, which leave the same rows.
 */
@Singleton
public class LocalInfile {

    private static final Logger LOG = LoggerFactory.getLogger(LocalInfile.class);

    private final boolean wanted;
    private volatile Boolean available;

    public LocalInfile(@Value("${clearchain.feeds.load-data:true}") boolean wanted) {
        this.wanted = wanted;
    }

    /** Whether rows can be loaded into {@code table} on this connection; asked of the database once. */
    public boolean available(Connection connection, String table, String columns) {
        Boolean known = available;
        if (known == null) {
            known = probe(connection, table, columns);
            available = known;
        }
        return known;
    }

    private boolean probe(Connection connection, String table, String columns) {
        if (!wanted) {
            LOG.info("Register feeds write new rows with JDBC batches (clearchain.feeds.load-data is false)");
            return false;
        }
        try {
            load(connection, table, columns, new Rows());
            LOG.info("Register feeds write new rows with LOAD DATA LOCAL INFILE from memory");
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.info("Register feeds write new rows with JDBC batches: the database does not take LOAD DATA LOCAL INFILE ({})",
                    e.getMessage());
            return false;
        }
    }

    /**
     * The instant as a JDBC write stores it on this connection, so both ways leave the same value: Connector/J drops
     * fractions of a second for a server it takes to be older than MySQL 5.6.4, as it takes MariaDB 10.x (its
     * handshake says 5.5.5-10.11…); MariaDB 11 and MySQL 8 keep microseconds.
     */
    public static LocalDateTime asJdbcStores(Connection connection, LocalDateTime at) throws SQLException {
        boolean fractions = connection.unwrap(JdbcConnection.class).getServerVersion().meetsMinimum(new ServerVersion(5, 6, 4));
        return fractions ? at : at.withNano(0);
    }

    /** Loads every row or fails: a row the server skips (a duplicate key) or changes (a warning) is an error. */
    public void load(Connection connection, String table, String columns, Rows rows) throws SQLException {
        RuntimeProperty<Boolean> allow = connection.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        boolean before = allow.getValue();
        try (Statement statement = connection.createStatement()) {
            allow.setValue(true);
            statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(new ByteArrayInputStream(rows.bytes()));
            int loaded = statement.executeUpdate("LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 (" + columns + ")");
            SQLWarning warning = statement.getWarnings();
            if (loaded != rows.count || warning != null) {
                throw new SQLException("LOAD DATA into " + table + " took " + loaded + " of "
                        + rows.count + " rows" + (warning == null ? "" : ": " + warning.getMessage()));
            }
        } catch (SQLException e) {
            // the batch fails; the next one asks again, in case the database no longer takes it (a failover, say)
            available = null;
            throw e;
        } finally {
            allow.setValue(before);
        }
    }

    /**
     * The highest id in {@code table} before a load: a load's new ids are read back by key from the rows above it, since
     * ids are handed out in increasing order but one statement's need not be consecutive (another transaction's rows may
     * fall between).
     */
    public static long highestId(Connection connection, String table) throws SQLException {
        try (Statement select = connection.createStatement();
             java.sql.ResultSet rs = select.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows in LOAD DATA's default text form: tab between fields, newline after a row, \N for NULL. */
    public static final class Rows {
        private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
        private final StringBuilder text = new StringBuilder();
        private int count;
        private boolean first = true;

        public Rows text(String value) {
            separate();
            if (value == null) {
                text.append("\\N");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\0' -> text.append("\\0");
                    default -> text.append(c);
                }
            }
            return this;
        }

        public Rows number(long value) {
            separate();
            text.append(value);
            return this;
        }

        public Rows date(LocalDate value) {
            return value == null ? text(null) : text(value.toString());
        }

        /** A UTC wall-clock instant, as the pool stores them (connectionTimeZone=UTC). */
        public Rows timestamp(LocalDateTime value) {
            separate();
            DATETIME.formatTo(value, text);
            return this;
        }

        public Rows end() {
            text.append('\n');
            count++;
            first = true;
            return this;
        }

        public int count() {
            return count;
        }

        private void separate() {
            if (!first) {
                text.append('\t');
            }
            first = false;
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
