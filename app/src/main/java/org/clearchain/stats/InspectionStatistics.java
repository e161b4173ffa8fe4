package org.clearchain.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of workers affected by findings of completed inspections, grouped by any subset of the dimensions; sex
 * and age band are unfolded from the six counts. Whole quarters are read from the quarterly rollup, each cell with
 * its key: the sum of the record keys of the finding parts counted in it, modulo {@link CellKeys#KEYS}.
 * Hand-written JDBC: grouping sets chosen per request, for InspectionStatisticsBench (docs/performance.md).
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

    static boolean isWholeQuarters(LocalDate from, LocalDate to) {
        return (from == null || from.equals(PublicPeriod.from(from))) && (to == null || to.equals(PublicPeriod.to(to)));
    }

    private static int quarterIndex(LocalDate date) {
        return date.getYear() * 4 + date.get(IsoFields.QUARTER_OF_YEAR);
    }

    /**
     * The cells of a table. Whole quarters (all the public may ask for) are read from the quarterly rollup, with their
     * cell keys; any other period groups the findings themselves, for readers of exact counts, and its cells carry no
     * key (0).
     */
    @Transactional(readOnly = true)
    List<StatisticsCell> count(List<StatisticsDimension> dimensions, LocalDate from, LocalDate to) {
        List<StatisticsDimension> columns = dimensions.stream().filter(StatisticsDimension::isColumn).toList();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (StatisticsDimension d : columns) {
            sql.append(d.column()).append(", ");
        }
        sql.append("SUM(women_under18), SUM(women18_to24), SUM(women25_and_over),"
                + " SUM(men_under18), SUM(men18_to24), SUM(men25_and_over)");
        boolean wholeQuarters = isWholeQuarters(from, to);
        for (String count : COUNTS) {
            sql.append(wholeQuarters ? ", SUM(key_" + count + ")" : ", 0");
        }
        List<Object> params = new ArrayList<>();
        if (wholeQuarters) {
            sql.append(" FROM finding_statistics_quarter WHERE 1 = 1");
            if (from != null) {
                sql.append(" AND stat_year * 4 + stat_quarter >= ?");
                params.add(quarterIndex(from));
            }
            if (to != null) {
                sql.append(" AND stat_year * 4 + stat_quarter <= ?");
                params.add(quarterIndex(to));
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
