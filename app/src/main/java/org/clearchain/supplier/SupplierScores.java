package org.clearchain.supplier;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The latest risk score and band kept beside each supplier, for lists sorted by risk. Risk computes them and hands
 * them over here: the supplier table is this feature's to write.
 * Hand-written JDBC: one joined UPDATE per batch, for RiskBench (docs/performance.md, "Risk rescoring").
 */
@Singleton
public class SupplierScores {

    /** A supplier's latest score and band. */
    public record Latest(long supplierId, BigDecimal score, String band) { }

    private final JdbcOperations jdbc;

    SupplierScores(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement for the lot: a derived table of UNION ALL rows rather than VALUES, whose syntax differs between
     * MariaDB and MySQL 8; rows are in supplier order so locks are taken in order. It carries only numbers and bands,
     * and stays a client-side statement: one round trip instead of prepare, execute and close.
     */
    public void keep(List<Latest> scores) {
        if (scores.isEmpty()) {
            return;
        }
        List<Latest> bySupplier = scores.stream().sorted(Comparator.comparingLong(Latest::supplierId)).toList();
        String rows = String.join(" UNION ALL ", Collections.nCopies(bySupplier.size() - 1, "SELECT ?, ?, ?"));
        String sql = "UPDATE supplier s JOIN (SELECT ? AS id, ? AS score, ? AS band"
                + (rows.isEmpty() ? "" : " UNION ALL " + rows)
                + ") latest ON latest.id = s.id SET s.risk_score = latest.score, s.risk_band = latest.band";
        jdbc.prepareStatement(sql, statement -> {
            int i = 0;
            for (Latest s : bySupplier) {
                statement.setLong(++i, s.supplierId());
                statement.setBigDecimal(++i, s.score());
                statement.setString(++i, s.band());
            }
            return statement.executeUpdate();
        });
    }
}
