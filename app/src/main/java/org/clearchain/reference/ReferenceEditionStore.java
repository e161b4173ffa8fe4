package org.clearchain.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.reference.CountryRisk;
import org.clearchain.reference.CountryRiskTable;
import org.clearchain.reference.GoodsRisk;
import org.clearchain.reference.GoodsRiskList;
import org.clearchain.reference.ReferenceEdition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the editions of reference datasets kept in the database: the current one of a dataset is its newest loaded
 * one. Pending editions (a file still being written, or one that failed midway) are never read for scoring.
 */
@Singleton
public class ReferenceEditionStore {

    public static final String COUNTRY_RISK = "country-risk";
    public static final String GOODS_LIST = "goods-list";

    static final String COLUMNS = "id, dataset, edition, source, verified, row_count, import_job_id, created_at,"
            + " loaded_at, proxy";

    private final JdbcOperations jdbc;

    ReferenceEditionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<StoredEdition> current(String dataset) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM reference_edition WHERE dataset = ?"
                + " AND loaded_at IS NOT NULL ORDER BY loaded_at DESC, id DESC LIMIT 1", statement -> {
                    statement.setString(1, dataset);
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(edition(rs)) : Optional.empty();
                    }
                });
    }

    /** Every loaded edition, newest first: what scored when. */
    @Transactional(readOnly = true)
    public List<StoredEdition> loaded() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM reference_edition WHERE loaded_at IS NOT NULL"
                + " ORDER BY loaded_at DESC, id DESC", statement -> {
                    List<StoredEdition> all = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            all.add(edition(rs));
                        }
                    }
                    return all;
                });
    }

    @Transactional(readOnly = true)
    public CountryRiskTable countryRisk(StoredEdition stored) {
        ReferenceEdition edition = scoringEdition(stored);
        return CountryRiskTable.of(edition, jdbc.prepareStatement(
                "SELECT country, score, region, source, note FROM country_risk_entry WHERE edition_id = ?", statement -> {
                    statement.setLong(1, stored.id());
                    List<CountryRisk> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            java.math.BigDecimal score = rs.getBigDecimal(2);
                            rows.add(new CountryRisk(rs.getString(1), score == null ? null : score.doubleValue(), rs.getString(3),
                                    rs.getString(4), stored.edition(), rs.getString(5)));
                        }
                    }
                    return rows;
                }));
    }

    @Transactional(readOnly = true)
    public GoodsRiskList goods(StoredEdition stored) {
        return new GoodsRiskList(scoringEdition(stored), jdbc.prepareStatement(
                "SELECT country, good, child_labour, forced_labour FROM goods_risk_entry WHERE edition_id = ?", statement -> {
                    statement.setLong(1, stored.id());
                    List<GoodsRisk> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new GoodsRisk(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
                        }
                    }
                    return rows;
                }));
    }

    static ReferenceEdition scoringEdition(StoredEdition stored) {
        return new ReferenceEdition(stored.dataset(), stored.source(), stored.edition(), stored.verified(), stored.proxy());
    }

    static StoredEdition edition(ResultSet rs) throws SQLException {
        long job = rs.getLong(7);
        Long jobId = rs.wasNull() ? null : job;
        return new StoredEdition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getInt(6), jobId, instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), rs.getBoolean(10));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
