package org.clearchain.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.inspection.InspectionCompleted;

/**
 * Adds a completed inspection's findings to {@code finding_statistics_quarter}, in the completing transaction, so
 * statistics of whole quarters never lag the findings and never count an inspection twice (it completes once).
 * Beside each count it adds the record keys of the findings behind it, from which public cells take their keys.
 * Hand-written JDBC: one INSERT … SELECT … ON DUPLICATE KEY UPDATE, for InspectionStatisticsBench (docs/performance.md).
 */
@Singleton
class QuarterlyRollup {

    // VALUES(col) is understood by MySQL 8 (deprecated there, still supported) and by MariaDB alike.
    private static final String ADD_INSPECTION = """
            INSERT INTO finding_statistics_quarter (stat_sector, stat_country, stat_year, stat_quarter, indicator,
                women_under18, women18_to24, women25_and_over, men_under18, men18_to24, men25_and_over, key_women_under18,
                key_women18_to24, key_women25_and_over, key_men_under18, key_men18_to24, key_men25_and_over)
            SELECT stat_sector, stat_country, stat_year, QUARTER(stat_visit_date), indicator, SUM(women_under18),
                   SUM(women18_to24), SUM(women25_and_over), SUM(men_under18), SUM(men18_to24), SUM(men25_and_over),
                   SUM(IF(women_under18 > 0, record_key, 0)), SUM(IF(women18_to24 > 0, record_key, 0)),
                   SUM(IF(women25_and_over > 0, record_key, 0)), SUM(IF(men_under18 > 0, record_key, 0)),
                   SUM(IF(men18_to24 > 0, record_key, 0)), SUM(IF(men25_and_over > 0, record_key, 0))
            FROM finding WHERE inspection_id = ? AND published = TRUE
            GROUP BY stat_sector, stat_country, stat_year, QUARTER(stat_visit_date), indicator
            ON DUPLICATE KEY UPDATE
                women_under18 = women_under18 + VALUES(women_under18), women18_to24 = women18_to24 + VALUES(women18_to24),
                women25_and_over = women25_and_over + VALUES(women25_and_over), men_under18 = men_under18 + VALUES(men_under18),
                men18_to24 = men18_to24 + VALUES(men18_to24), men25_and_over = men25_and_over + VALUES(men25_and_over),
                key_women_under18 = key_women_under18 + VALUES(key_women_under18),
                key_women18_to24 = key_women18_to24 + VALUES(key_women18_to24),
                key_women25_and_over = key_women25_and_over + VALUES(key_women25_and_over),
                key_men_under18 = key_men_under18 + VALUES(key_men_under18),
                key_men18_to24 = key_men18_to24 + VALUES(key_men18_to24),
                key_men25_and_over = key_men25_and_over + VALUES(key_men25_and_over)""";

    private final JdbcOperations jdbc;

    QuarterlyRollup(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onInspectionCompleted(InspectionCompleted event) {
        jdbc.prepareStatement(ADD_INSPECTION, statement -> {
            statement.setLong(1, event.inspectionId());
            return statement.executeUpdate();
        });
    }
}
