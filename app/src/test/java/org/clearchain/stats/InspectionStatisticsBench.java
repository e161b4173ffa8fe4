package org.clearchain.stats;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Issue 5's benchmark, run with {@code -Pbench} (see docs/performance.md): 1,000,000 findings across 100,000
 * completed inspections; the public statistics grouped by sector × year × sex, through HTTP with suppression,
 * timed against the equivalent plain SQL GROUP BY on the same data, alternately.
 */
@Tag("bench")
class InspectionStatisticsBench extends ApiTest {

    private static final int INSPECTIONS = 100_000;
    private static final int FINDINGS_PER_INSPECTION = 10;
    private static final int WARMUP = 3;
    private static final int ROUNDS = 10;

    private static final String PLAIN_GROUP_BY = """
            SELECT stat_sector, stat_year, SUM(women_under18 + women18_to24 + women25_and_over),
                   SUM(men_under18 + men18_to24 + men25_and_over)
            FROM finding WHERE published = TRUE GROUP BY stat_sector, stat_year""";

    @Test
    void publicStatisticsBySectorYearAndSex() throws SQLException {
        long start = System.nanoTime();
        seed();
        System.out.printf("INFO seeded %d inspections and %d findings in %.1f s%n", INSPECTIONS,
                INSPECTIONS * FINDINGS_PER_INSPECTION, (System.nanoTime() - start) / 1e9);

        double[] http = new double[ROUNDS];
        double[] plain = new double[ROUNDS];
        try (Connection c = database.connect()) {
            for (int i = -WARMUP; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                Api.Response r = api.get("/api/public/statistics/inspections?groupBy=sector,year,sex", null);
                long t1 = System.nanoTime();
                int groups = plainGroupBy(c);
                long t2 = System.nanoTime();
                if (r.status() != 200 || groups == 0) {
                    throw new AssertionError("no statistics: " + r.status());
                }
                if (i >= 0) {
                    http[i] = (t1 - t0) / 1e6;
                    plain[i] = (t2 - t1) / 1e6;
                }
            }
        }
        double value = median(http);
        double baseline = median(plain);
        System.out.printf("BENCH public-statistics-sector-year-sex value=%.1f unit=ms baseline=%.1f ratio=%.2f goal=<1000ms %s%n",
                value, baseline, value / baseline, value < 1000 ? "PASS" : "FAIL");
        double[] period = new double[3];
        for (int i = 0; i < period.length; i++) {
            long t0 = System.nanoTime();
            api.get("/api/public/statistics/inspections?groupBy=sector,year,sex&from=2019-04-01&to=2026-06-30", null);
            period[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("INFO a public period (widened to whole quarters) reads the quarterly rollup too: %.1f ms (median of 3)%n",
                median(period));
        System.out.printf("BENCH public-statistics-vs-plain-group-by value=%.2f unit=ratio baseline=1.00 ratio=%.2f goal=<=1.5 %s%n",
                value / baseline, value / baseline, value / baseline <= 1.5 ? "PASS" : "FAIL");
    }

    private static int plainGroupBy(Connection c) throws SQLException {
        int groups = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PLAIN_GROUP_BY)) {
            while (rs.next()) {
                groups++;
            }
        }
        return groups;
    }

    /** Plain SQL: a million findings through the API would measure the API, not the statistics. */
    private void seed() {
        long inspectorate = count("SELECT id FROM organisation WHERE kind = 'INSPECTORATE' ORDER BY id LIMIT 1");
        long supplier = count("SELECT MIN(id) FROM supplier");
        execute("CREATE TABLE bench_digit (d INT NOT NULL)");
        execute("INSERT INTO bench_digit VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
        execute("""
                INSERT INTO site (supplier_id, name, country, sector, workers, created_at)
                SELECT %d, CONCAT('Bench site ', a.d * 10 + b.d), ELT(1 + (a.d * 10 + b.d) %% 20, 'BD','VN','IN','TH','TR',
                       'MA','RO','PE','KE','MY','ES','IT','FR','PL','BR','MX','GH','PH','NP','QA'),
                       ELT(1 + (a.d * 10 + b.d) %% 10, '0111','0311','4100','1410','5510','9700','0510','1520','1080','2610'),
                       100, UTC_TIMESTAMP(6)
                FROM bench_digit a CROSS JOIN bench_digit b""".formatted(supplier));
        long firstSite = count("SELECT MIN(id) FROM site WHERE name LIKE 'Bench site %'");
        execute("""
                INSERT INTO inspection (site_id, supplier_id, inspectorate_id, visit_date, type, announced, status,
                                        planned_by, completed_by, completed_at, created_at, updated_at)
                SELECT %d + n %% 100, %d, %d, DATE_SUB('2026-06-30', INTERVAL n %% 2900 DAY), 'ROUTINE', FALSE, 'COMPLETED',
                       'bench', 'bench', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n
                      FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f) numbers""".formatted(
                firstSite, supplier, inspectorate));
        long firstInspection = count("SELECT MIN(id) FROM inspection WHERE planned_by = 'bench'");
        String[] indicators = {"ABUSE_OF_VULNERABILITY", "DECEPTION", "RESTRICTION_OF_MOVEMENT", "ISOLATION",
                "PHYSICAL_AND_SEXUAL_VIOLENCE", "INTIMIDATION_AND_THREATS", "RETENTION_OF_IDENTITY_DOCUMENTS",
                "WITHHOLDING_OF_WAGES", "DEBT_BONDAGE", "ABUSIVE_WORKING_AND_LIVING_CONDITIONS", "EXCESSIVE_OVERTIME",
                "WAGES_BREACH", "HOURS_BREACH", "SAFETY_BREACH", "CHILD_LABOUR", "CONTRACTS_BREACH"};
        String indicatorList = String.join(",", Arrays.stream(indicators).map(i -> "'" + i + "'").toList());
        for (int k = 0; k < FINDINGS_PER_INSPECTION; k++) {
            execute("""
                    INSERT INTO finding (inspection_id, kind, indicator, description, evidence_source,
                        women_under18, women18_to24, women25_and_over, men_under18, men18_to24, men25_and_over,
                        stat_sector, stat_country, stat_year, stat_visit_date, published, recorded_by, created_at,
                        record_key)
                    SELECT i.id, 'ILO_INDICATOR', ELT(1 + (i.id * 7 + %d) %% 16, %s), 'Bench finding', 'OBSERVATION',
                           (i.id + %d) %% 2, (i.id * 3 + %d) %% 7, (i.id * 5 + %d) %% 9, (i.id + %d) %% 3, (i.id * 11 + %d) %% 8,
                           (i.id * 13 + %d) %% 10, SUBSTRING(s.sector, 1, 2), s.country, YEAR(i.visit_date), i.visit_date,
                           TRUE, 'bench', UTC_TIMESTAMP(6), FLOOR(RAND() * 256)
                    FROM inspection i JOIN site s ON s.id = i.site_id WHERE i.id >= %d""".formatted(
                    k, indicatorList, k, k, k, k, k, k, firstInspection));
        }
        // What completing each inspection adds to the quarterly rollup (QuarterlyRollup), for all of them at once.
        execute("""
                INSERT INTO finding_statistics_quarter (stat_sector, stat_country, stat_year, stat_quarter, indicator,
                    women_under18, women18_to24, women25_and_over, men_under18, men18_to24, men25_and_over, key_women_under18,
                    key_women18_to24, key_women25_and_over, key_men_under18, key_men18_to24, key_men25_and_over)
                SELECT stat_sector, stat_country, stat_year, QUARTER(stat_visit_date), indicator, SUM(women_under18), SUM(women18_to24),
                       SUM(women25_and_over), SUM(men_under18), SUM(men18_to24), SUM(men25_and_over),
                       SUM(IF(women_under18 > 0, record_key, 0)), SUM(IF(women18_to24 > 0, record_key, 0)),
                       SUM(IF(women25_and_over > 0, record_key, 0)), SUM(IF(men_under18 > 0, record_key, 0)),
                       SUM(IF(men18_to24 > 0, record_key, 0)), SUM(IF(men25_and_over > 0, record_key, 0))
                FROM finding WHERE published = TRUE
                GROUP BY stat_sector, stat_country, stat_year, QUARTER(stat_visit_date), indicator""");
        execute("DROP TABLE bench_digit");
        execute("ANALYZE TABLE finding");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
