package org.clearchain.risk;

import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clearchain.supplier.SupplierScores;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;

/**
 * Writes new snapshots 500 at a time in two statements: one multi-row INSERT, and one UPDATE, by the supplier feature
 * that owns the table, that sets the latest score beside every supplier of the batch. {@code saveAll} would send a statement per row: Micronaut Data does not batch
 * MySQL inserts whose id the database generates, and a first scoring of 100,000 suppliers spent most of its time on
 * those round trips.
 * <p>
 * The INSERT is written out row by row and prepared on the server, so the packed assessments travel as binary
 * values. A JDBC batch rewritten by the driver ({@code rewriteBatchedStatements}) goes as text even from a
 * server-prepared statement: every packed assessment was hex-escaped by the driver and parsed back by the server,
 * a quarter of the writing's time.
 */
@Singleton
class SnapshotWriter {

    /** 9 parameters a row: 4,500 for a batch of 500, far below the protocol's 65,535. */
    private static final int ROWS_PER_STATEMENT = 500;

    private static final String INSERT = """
            INSERT INTO risk_snapshot (supplier_id, score, band, methodology_version, fingerprint, assessment_packed,
                                       assessment_packing, reason, computed_at) VALUES\s""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;
    private final SupplierScores supplierScores;

    SnapshotWriter(JdbcOperations jdbc, SupplierScores supplierScores) {
        this.jdbc = jdbc;
        this.supplierScores = supplierScores;
    }

    /** The snapshots' ids are not read back: nothing in a rescoring needs them. */
    void write(List<RiskSnapshot> snapshots) {
        for (int from = 0; from < snapshots.size(); from += ROWS_PER_STATEMENT) {
            List<RiskSnapshot> part = snapshots.subList(from, Math.min(snapshots.size(), from + ROWS_PER_STATEMENT));
            insert(part);
            supplierScores.keep(part.stream()
                    .map(snapshot -> new SupplierScores.Latest(snapshot.supplierId(), snapshot.score(), snapshot.band()))
                    .toList());
        }
    }

    private void insert(List<RiskSnapshot> rows) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = serverPrepared(connection, INSERT + String.join(", ", Collections.nCopies(rows.size(), ROW)))) {
                int i = 0;
                for (RiskSnapshot s : rows) {
                    statement.setLong(++i, s.supplierId());
                    statement.setBigDecimal(++i, s.score());
                    statement.setString(++i, s.band());
                    statement.setString(++i, s.methodologyVersion());
                    statement.setString(++i, s.fingerprint());
                    statement.setBytes(++i, s.assessmentPacked());
                    statement.setString(++i, s.assessmentPacking());
                    statement.setString(++i, s.reason());
                    statement.setTimestamp(++i, Timestamp.from(s.computedAt()));
                }
                return statement.executeUpdate();
            }
        });
    }

    private static PreparedStatement serverPrepared(java.sql.Connection connection, String sql) throws SQLException {
        return connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql);
    }
}
