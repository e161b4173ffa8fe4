package org.clearchain.risk;

import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a batch of new snapshots in two statements: one multi-row INSERT (the driver rewrites the JDBC batch,
 * {@code rewriteBatchedStatements}), and one UPDATE that sets the latest score beside every supplier of the batch.
 * {@code saveAll} would send a statement per row: Micronaut Data does not batch MySQL inserts whose id the database
 * generates, and a first scoring of 100,000 suppliers spent most of its time on those round trips.
 */
@Singleton
class SnapshotWriter {

    /**
     * Prepared on the server, for this statement only: the packed assessment then travels as a binary parameter,
     * where a client-side statement would escape its bytes and the server would parse them back.
     */
    private static final String INSERT = """
            INSERT INTO risk_snapshot (supplier_id, score, band, methodology_version, fingerprint, assessment_packed,
                                       assessment_packing, reason, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcOperations jdbc;

    SnapshotWriter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The snapshots' ids are not read back: nothing in a rescoring needs them. */
    void write(List<RiskSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.unwrap(JdbcConnection.class).serverPrepareStatement(INSERT)) {
                for (RiskSnapshot s : snapshots) {
                    statement.setLong(1, s.supplierId());
                    statement.setBigDecimal(2, s.score());
                    statement.setString(3, s.band());
                    statement.setString(4, s.methodologyVersion());
                    statement.setString(5, s.fingerprint());
                    statement.setBytes(6, s.assessmentPacked());
                    statement.setString(7, s.assessmentPacking());
                    statement.setString(8, s.reason());
                    statement.setTimestamp(9, Timestamp.from(s.computedAt()));
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        });
        keepLatest(snapshots);
    }

    /**
     * The latest score beside each supplier, for lists sorted by risk. A derived table of UNION ALL rows rather than
     * VALUES, whose syntax differs between MariaDB and MySQL 8; rows are in supplier order so locks are taken in order.
     */
    private void keepLatest(List<RiskSnapshot> snapshots) {
        List<RiskSnapshot> bySupplier = snapshots.stream()
                .sorted(Comparator.comparing(RiskSnapshot::supplierId)).toList();
        String rows = String.join(" UNION ALL ", Collections.nCopies(bySupplier.size() - 1, "SELECT ?, ?, ?"));
        jdbc.prepareStatement("UPDATE supplier s JOIN (SELECT ? AS id, ? AS score, ? AS band"
                + (rows.isEmpty() ? "" : " UNION ALL " + rows)
                + ") latest ON latest.id = s.id SET s.risk_score = latest.score, s.risk_band = latest.band", statement -> {
            int i = 0;
            for (RiskSnapshot s : bySupplier) {
                statement.setLong(++i, s.supplierId());
                statement.setBigDecimal(++i, s.score());
                statement.setString(++i, s.band());
            }
            return statement.executeUpdate();
        });
    }
}
