package org.clearchain.licence;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.clearchain.agency.AgencyBulkWrites;
import org.clearchain.agency.AgencyChanged;
import org.clearchain.common.LocalInfile;
import org.clearchain.audit.AuditLog;
import org.clearchain.integrations.agencyregister.RegisteredLicence;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.reference.Countries;
import org.clearchain.reference.IsicCodes;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register feed writes new rows with LOAD DATA LOCAL INFILE where the database takes it, and with JDBC batches
 * where it does not (or {@code clearchain.feeds.load-data} is false): the same batches leave the same register.
 */
class RegisterFeedWritePathsTest extends ApiTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456Z"), ZoneOffset.UTC);

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    Countries countries;
    @Inject
    IsicCodes isic;
    @Inject
    AuditLog audit;
    @Inject
    JsonMapper jsonMapper;
    @Inject
    ApplicationEventPublisher<LicenceStatusChanged> statusChanges;
    @Inject
    ApplicationEventPublisher<AgencyChanged> agencyChanges;

    private RegisterFeedBatches batches(boolean loadData) {
        return new RegisterFeedBatches(jdbc, countries, isic, audit, jsonMapper, statusChanges, agencyChanges, FIXED,
                new LocalInfile(loadData), new AgencyBulkWrites());
    }

    @Test
    void theDatabaseHereTakesLoadData() {
        boolean available = transactions.executeWrite(status -> new LocalInfile(true).available(jdbc.getConnection(),
                "licence_event", "licence_id, action, to_status, occurred_at, actor"));

        assertTrue(available);
    }

    @Test
    void switchedOffItIsNotUsed() {
        boolean available = transactions.executeWrite(status -> new LocalInfile(false).available(jdbc.getConnection(),
                "licence_event", "licence_id, action, to_status, occurred_at, actor"));

        assertFalse(available);
    }

    @Test
    void bothWritePathsLeaveTheSameRegister() {
        List<String> loaded = importTwoBatches(batches(true), "LD");
        List<String> batched = importTwoBatches(batches(false), "JB");

        assertEquals(batched, loaded, "the same counts and rejected rows");
        assertEquals(register("JB"), register("LD"));
        assertEquals(17, register("LD").size(), "4 agencies, 6 licences, 7 events: " + register("LD"));
    }

    /** New agencies and licences, awkward text, duplicates, then updates, a move, an illegal move and additions. */
    private List<String> importTwoBatches(RegisterFeedBatches writer, String p) {
        long authority = new AdminFixture(api, api.login("admin")).organisationNamed("National Labour Licensing Authority");
        ImportContext context = new ImportContext(1, "agency-register", "register.csv", "checksum", authority);
        List<FeedLine.Accepted<RegisteredLicence>> first = List.of(
                row(2, p + "-0001", "Agencja Pracy Łódź\tzoo", p + "-R1", "PL", "ACTIVE",
                        "Seasonal\\work \"quoted\"\nnext line", "ul. Piotrkowska 1", "0111", "0113"),
                row(3, p + "-0002", "Agencja Pracy Łódź\tzoo", p + "-R1", "PL", "SUSPENDED", "", ""),
                row(4, p + "-0003", "Bucharest Staffing", p + "-R2", "RO", "REVOKED", "Care work", "Str. Lipscani 5", "8810"),
                row(5, p + "-0001", "Agencja Pracy Łódź\tzoo", p + "-R1", "PL", "ACTIVE", "again", ""),
                row(6, p + "-0005", "Nowhere", p + "-R9", "XX", "ACTIVE", "", ""),
                row(7, p + "-0006", "Back\\slash Agency", p + "-R3", "BG", "PENDING", "", "\\N"));
        List<FeedLine.Accepted<RegisteredLicence>> second = List.of(
                row(2, p + "-0001", "Agencja Pracy Łódź\tzoo", p + "-R1", "PL", "ACTIVE",
                        "Seasonal\\work \"quoted\"\nnext line", "ul. Piotrkowska 1", "0111", "0113"),
                row(3, p + "-0002", "Agencja Pracy Łódź\tzoo", p + "-R1", "PL", "ACTIVE", "", ""),
                row(4, p + "-0003", "Bucharest Staffing", p + "-R2", "RO", "ACTIVE", "Care work", "Str. Lipscani 5", "8810"),
                row(5, p + "-0006", "Back\\slash Agency renamed", p + "-R3", "BG", "PENDING", "", "\\N"),
                row(6, p + "-0007", "Bucharest Staffing", p + "-R2", "RO", "ACTIVE", "", "Str. Lipscani 5", "8810"),
                row(7, p + "-0008", "Sofia Workers", p + "-R4", "BG", "EXPIRED", "", ""));
        List<String> outcomes = new ArrayList<>();
        for (var batch : List.of(first, second)) {
            BatchOutcome outcome = transactions.executeWrite(status -> writer.write(context, batch));
            outcomes.add(outcome.toString().replace(p + "-", "P-"));
        }
        return outcomes;
    }

    private static FeedLine.Accepted<RegisteredLicence> row(long line, String number, String agency, String registration,
                                                            String country, String status, String scope, String address,
                                                            String... sectors) {
        RegisteredLicence licence = new RegisteredLicence(number, agency, registration, country, status,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), scope, address, List.of(sectors));
        return new FeedLine.Accepted<>(line, number + "," + agency, licence);
    }

    /** Every column a register import writes, ids and the prefix left out. */
    private List<String> register(String p) {
        List<String> rows = new ArrayList<>();
        rows.addAll(rows("SELECT authority_id, legal_name, registration_number, country, address, sectors, corridors,"
                + " created_at, updated_at FROM agency WHERE registration_number LIKE '" + p + "-%' ORDER BY registration_number", p));
        rows.addAll(rows("SELECT l.number, a.registration_number, l.authority_id, l.scope, l.valid_from, l.valid_until,"
                + " l.conditions, l.status, l.created_at, l.updated_at FROM licence l JOIN agency a ON a.id = l.agency_id"
                + " WHERE l.number LIKE '" + p + "-%' ORDER BY l.number", p));
        rows.addAll(rows("SELECT l.number, e.action, e.from_status, e.to_status, e.occurred_at, e.actor, e.reason, e.valid_until"
                + " FROM licence_event e JOIN licence l ON l.id = e.licence_id WHERE l.number LIKE '" + p + "-%'"
                + " ORDER BY l.number, e.id", p));
        return rows;
    }

    private List<String> rows(String sql, String p) {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                rows.add(row.toString().replace(p + "-", "P-"));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
