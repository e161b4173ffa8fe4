package org.clearchain.audit;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chain written before V38 (each writer chained its own entry under the head lock) stays valid: its entries keep
 * their seq and hashes, take id = seq, and the entries written after the upgrade are sealed onto its end.
 */
class AuditChainMigrationTest extends ApiTest {

    private static final String GENESIS = "0".repeat(64);
    private static final Instant AT = Instant.parse("2026-06-01T09:30:00.123456Z");

    private final List<String> oldHashes = new ArrayList<>();
    private String admin;

    /** Runs before the application starts (and migrates the rest): the database is left as a pre-V38 release left it. */
    AuditChainMigrationTest() throws SQLException {
        flyway(lastBefore38()).migrate();
        String previous = GENESIS;
        try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, before_summary,
                                         after_summary, prev_hash, hash)
                VALUES (?, ?, 'licensing', 'agency.register', 'agency', ?, NULL, ?, ?, ?)""")) {
            for (int seq = 1; seq <= 3; seq++) {
                Instant at = AT.plus(seq, ChronoUnit.MINUTES);
                String after = "{\"legalName\":\"Agence d'avant " + seq + "\"}";
                String hash = AuditHashing.hash(previous, seq, at, "licensing", "agency.register", "agency", "70" + seq, null, after);
                insert.setLong(1, seq);
                insert.setLong(2, ChronoUnit.MICROS.between(Instant.EPOCH, at));
                insert.setString(3, "70" + seq);
                insert.setString(4, after);
                insert.setString(5, previous);
                insert.setString(6, hash);
                insert.executeUpdate();
                oldHashes.add(hash);
                previous = hash;
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE audit_head SET last_seq = 3, last_hash = '" + previous + "' WHERE id = 1");
            }
        }
    }

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
    }

    @Test
    void theOldChainKeepsItsPlacesAndHashes() {
        for (int seq = 1; seq <= 3; seq++) {
            assertEquals(seq, count("SELECT id FROM audit_entry WHERE seq = " + seq));
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE seq = " + seq + " AND hash = '" + oldHashes.get(seq - 1) + "'"));
        }
    }

    @Test
    void entriesWrittenAfterTheUpgradeAreSealedOntoItsEndAndTheWholeChainVerifies() {
        Api.Response verified = api.get("/api/audit/verify", admin);

        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.body().get("valid").getBooleanValue(), verified::toString);
        assertEquals(count("SELECT COUNT(*) FROM audit_entry"), verified.number("entries"));
        assertTrue(verified.number("entries") > 3, "the demo data written at start was sealed after the old chain");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE seq = 4 AND prev_hash = '" + oldHashes.get(2) + "'"));
    }

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration").target(target).load();
    }

    /** The last migration before V38, whichever numbers the other branches took. */
    private MigrationVersion lastBefore38() {
        MigrationVersion v38 = MigrationVersion.fromVersion("38");
        return Arrays.stream(flyway(MigrationVersion.LATEST).info().pending()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(v38) < 0).max(Comparator.naturalOrder()).orElseThrow();
    }
}
