package org.clearchain.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of complaints filed, against registered agencies and unlicensed recruiters alike, grouped by any subset of
 * {@link ComplaintDimension}. Each cell carries its key: the sum of its complaints' record keys modulo
 * {@link CellKeys#KEYS}, so the public's rounding of a cell is the same whenever it is asked for.
 */
@Singleton
class ComplaintStatistics {

    private final JdbcOperations jdbc;

    ComplaintStatistics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<StatisticsCell> count(List<ComplaintDimension> dimensions, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (ComplaintDimension d : dimensions) {
            sql.append(d.expression()).append(", ");
        }
        sql.append("COUNT(*), SUM(c.record_key) FROM complaint c LEFT JOIN agency a ON a.id = c.agency_id"
                + " LEFT JOIN unlicensed_recruiter r ON r.id = c.recruiter_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            sql.append(" AND c.filed_at >= ?");
            params.add(from.atStartOfDay());
        }
        if (to != null) {
            sql.append(" AND c.filed_at < ?");
            params.add(to.plusDays(1).atStartOfDay());
        }
        if (!dimensions.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", dimensions.stream().map(ComplaintDimension::expression).toList()));
        }
        return jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            List<StatisticsCell> cells = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(dimensions.size() + 1);
                    if (n == 0) {
                        continue;
                    }
                    Map<String, String> key = new LinkedHashMap<>();
                    for (int d = 0; d < dimensions.size(); d++) {
                        key.put(dimensions.get(d).parameter(), rs.getString(d + 1));
                    }
                    cells.add(new StatisticsCell(key, n, (int) (rs.getLong(dimensions.size() + 2) % CellKeys.KEYS)));
                }
            }
            return cells;
        });
    }
}
