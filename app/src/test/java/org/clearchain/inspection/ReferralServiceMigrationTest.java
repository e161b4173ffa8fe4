package org.clearchain.inspection;

import org.clearchain.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V32 keeps the free text of referrals made before the directory, as legacy, and names no directory entry for them. */
class ReferralServiceMigrationTest {

    @Test
    void aReferralsFreeTextServiceBecomesLegacyTextAndNoEntry() throws SQLException {
        TestDatabases.Database database = TestDatabases.fresh();
        flyway(database, lastBefore32(database)).migrate();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            // the referral alone matters here: its inspection and inspectorate are not needed to read it back
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            s.execute("INSERT INTO referral (inspection_id, inspectorate_id, women18_to24, nationality, service, service_name,"
                    + " guardian_service, urgent, referred_on, referred_by, created_at) VALUES (41, 7, 1, 'NP', 'SHELTER',"
                    + " 'Ram Bahadur Thapa, brother of the victim', 'Cluj child protection directorate', TRUE, '2026-03-02',"
                    + " 'inspector', NOW(6))");
        }

        flyway(database, MigrationVersion.LATEST).migrate();

        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT service, service_id, guardian_service_id, legacy_service_name,"
                     + " legacy_guardian_service FROM referral WHERE inspection_id = 41")) {
            assertTrue(rs.next());
            assertEquals("SHELTER", rs.getString(1));
            assertNull(rs.getObject(2), "no directory entry is made up from free text");
            assertNull(rs.getObject(3));
            assertEquals("Ram Bahadur Thapa, brother of the victim", rs.getString(4));
            assertEquals("Cluj child protection directorate", rs.getString(5));
            assertFalse(rs.next());
            assertEquals(0, count(s, "SELECT COUNT(*) FROM assistance_service"));
        }
    }

    private static Flyway flyway(TestDatabases.Database database, MigrationVersion target) {
        return Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration").target(target).load();
    }

    /** The last migration before V32, whichever numbers the other branches took. */
    private static MigrationVersion lastBefore32(TestDatabases.Database database) {
        MigrationVersion v32 = MigrationVersion.fromVersion("32");
        return Arrays.stream(flyway(database, MigrationVersion.LATEST).info().pending()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(v32) < 0).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
