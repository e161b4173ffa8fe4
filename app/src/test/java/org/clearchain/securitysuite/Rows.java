package org.clearchain.securitysuite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Row counts of the test's database, read on one connection kept open for the suite: thousands of cases each count
 * before and after, and a connection per count would cost more than the requests. The abuse limits' buckets are left
 * out: every anonymous request may open one, refused or not, and they hold no data of anyone's.
 */
final class Rows implements AutoCloseable {

    private final Connection connection;
    private final String everyTable;

    Rows(Connection connection) throws SQLException {
        this.connection = connection;
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                     + " AND table_type = 'BASE TABLE' AND table_name <> 'rate_limit_bucket' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        everyTable = tables.stream().map(t -> "SELECT '" + t + "', COUNT(*) FROM `" + t + "`")
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** Entries of the audit log, which every write appends to. */
    long audit() {
        return everyTable("SELECT 'audit_entry', COUNT(*) FROM audit_entry").get("audit_entry");
    }

    /** Rows of every table. */
    Map<String, Long> everyTable() {
        return everyTable(everyTable);
    }

    private Map<String, Long> everyTable(String sql) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
