package org.clearchain.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of workers affected by findings of completed inspections, grouped by any subset of the dimensions; sex
 * and age band are unfolded from the six counts. Whole years (no dates, or 1 January to 31 December) are read
 * from the yearly rollup; any other period groups the findings themselves, from their covering index. Each cell also
 * gets its key: the sum of the record keys of the finding parts counted in it, modulo {@link CellKeys#KEYS}.
 */
@Singleton
class InspectionStatistics {

    private static final String[] SEXES = {"FEMALE", "MALE"};
    private static final String[] AGE_BANDS = {"UNDER_18", "18_TO_24", "25_AND_OVER"};
    private static final String[] COUNTS = {"women_under18", "women18_to24", "women25_and_over", "men_under18",
            "men18_to24", "men25_and_over"};
    // The six sex-and-age-band parts of one finding are six records: each takes its finding's key times an odd
    // multiplier of its own (a one-to-one map of 0-255), so that they are keyed apart yet summed in one SUM.
    private static final int[] PART_MULTIPLIERS = {37, 73, 109, 151, 197, 233};

    private final JdbcOperations jdbc;

    InspectionStatistics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private static boolean isWholeYears(LocalDate from, LocalDate to) {
        return (from == null || from.getDayOfYear() == 1)
                && (to == null || (to.getMonthValue() == 12 && to.getDayOfMonth() == 31));
    }

    @Transactional(readOnly = true)
    List<StatisticsCell> count(List<StatisticsDimension> dimensions, LocalDate from, LocalDate to) {
        List<StatisticsDimension> columns = dimensions.stream().filter(StatisticsDimension::isColumn).toList();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (StatisticsDimension d : columns) {
            sql.append(d.column()).append(", ");
        }
        sql.append("SUM(women_under18), SUM(women18_to24), SUM(women25_and_over),"
                + " SUM(men_under18), SUM(men18_to24), SUM(men25_and_over)");
        boolean wholeYears = isWholeYears(from, to);
        for (String count : COUNTS) {
            sql.append(wholeYears ? ", SUM(key_" + count + ")" : ", SUM(IF(" + count + " > 0, record_key, 0))");
        }
        List<Object> params = new ArrayList<>();
        if (wholeYears) {
            sql.append(" FROM finding_statistics_year WHERE 1 = 1");
            if (from != null) {
                sql.append(" AND stat_year >= ?");
                params.add(from.getYear());
            }
            if (to != null) {
                sql.append(" AND stat_year <= ?");
                params.add(to.getYear());
            }
        } else {
            sql.append(" FROM finding WHERE published = TRUE");
            if (from != null) {
                sql.append(" AND stat_visit_date >= ?");
                params.add(Date.valueOf(from));
            }
            if (to != null) {
                sql.append(" AND stat_visit_date <= ?");
                params.add(Date.valueOf(to));
            }
        }
        if (!columns.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", columns.stream().map(StatisticsDimension::column).toList()));
        }
        Map<Map<String, String>, Long> counts = new LinkedHashMap<>();
        Map<Map<String, String>, Long> keys = new HashMap<>();
        jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> base = new HashMap<>();
                    for (int c = 0; c < columns.size(); c++) {
                        base.put(columns.get(c).parameter(), rs.getString(c + 1));
                    }
                    for (int s = 0; s < 2; s++) {
                        for (int a = 0; a < 3; a++) {
                            long n = rs.getLong(columns.size() + 1 + s * 3 + a);
                            long keySum = rs.getLong(columns.size() + 7 + s * 3 + a);
                            if (n == 0) {
                                continue;
                            }
                            Map<String, String> key = new LinkedHashMap<>();
                            for (StatisticsDimension d : dimensions) {
                                key.put(d.parameter(), switch (d) {
                                    case SEX -> SEXES[s];
                                    case AGE_BAND -> AGE_BANDS[a];
                                    default -> base.get(d.parameter());
                                });
                            }
                            counts.merge(key, n, Long::sum);
                            keys.merge(key, PART_MULTIPLIERS[s * 3 + a] * keySum % CellKeys.KEYS, Long::sum);
                        }
                    }
                }
            }
            return null;
        });
        List<StatisticsCell> cells = new ArrayList<>();
        counts.forEach((key, n) -> cells.add(new StatisticsCell(key, n, (int) (keys.get(key) % CellKeys.KEYS))));
        return cells;
    }
}
