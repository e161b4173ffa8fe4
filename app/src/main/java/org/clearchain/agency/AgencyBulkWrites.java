package org.clearchain.agency;

import jakarta.inject.Singleton;
import org.clearchain.common.LocalInfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.clearchain.common.SqlText.placeholders;

/**
 * The agency rows of a whole register batch, written on the caller's transaction: the agency-register feed brings
 * thousands of agencies at a time, which the one-by-one {@link AgencyRepository} would write a statement each.
 * Hand-written JDBC because the import benchmark needs a handful of statements per batch (docs/performance.md).
 * Agencies are keyed by country and registration number within one authority, as {@link AgencyRow#key()}.
 */
@Singleton
public class AgencyBulkWrites {

    private static final String COLUMNS = "authority_id, legal_name, registration_number, country, address, sectors,"
            + " corridors, created_at, updated_at";

    /** An agency as the register stores it; {@code sectors} is its JSON array of ISIC codes. */
    public record StoredAgency(long id, String legalName, String address, String sectors) { }

    /** An agency as a register reports it; {@code sectorsJson} is the JSON array of its ISIC codes. */
    public record AgencyRow(String legalName, String registrationNumber, String country, String address, String sectorsJson) {
        public String key() {
            return key(country, registrationNumber);
        }

        public static String key(String country, String registrationNumber) {
            return country + "|" + registrationNumber;
        }
    }

    /** The authority's agencies among these registration numbers, by {@link AgencyRow#key()}. */
    public Map<String, StoredAgency> find(Connection connection, long authority, Collection<String> registrationNumbers)
            throws SQLException {
        Map<String, StoredAgency> found = new HashMap<>();
        List<String> numbers = registrationNumbers.stream().distinct().toList();
        if (numbers.isEmpty()) {
            return found;
        }
        // Named, because with thousands of numbers and one authority holding most agencies the optimizer reckons a
        // scan of the whole table cheaper (seen on MariaDB 10.11: every batch read all 250,000 agencies)
        String sql = "SELECT id, country, registration_number, legal_name, address, sectors FROM agency"
                + " FORCE INDEX (ix_agency_authority_registration)"
                + " WHERE authority_id = ? AND registration_number IN (" + placeholders(numbers.size()) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, authority);
            for (int i = 0; i < numbers.size(); i++) {
                select.setString(i + 2, numbers.get(i));
            }
            readStored(select, found);
        }
        return found;
    }

    /** Reads {@code SELECT id, country, registration_number, legal_name, address, sectors} into {@code into}, by key. */
    private static void readStored(PreparedStatement select, Map<String, StoredAgency> into) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                into.put(AgencyRow.key(rs.getString(2), rs.getString(3)),
                        new StoredAgency(rs.getLong(1), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
    }

    /** Inserts the rows with one JDBC batch and puts each new agency into {@code stored}. */
    public void insert(Connection connection, long authority, List<AgencyRow> rows, Timestamp at,
                       Map<String, StoredAgency> stored) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agency (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (AgencyRow row : rows) {
                insert.setLong(1, authority);
                insert.setString(2, row.legalName());
                insert.setString(3, row.registrationNumber());
                insert.setString(4, row.country());
                insert.setString(5, row.address());
                insert.setString(6, row.sectorsJson());
                insert.setTimestamp(7, at);
                insert.setTimestamp(8, at);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (AgencyRow row : rows) {
                    keys.next();
                    stored.put(row.key(), new StoredAgency(keys.getLong(1), row.legalName(), row.address(), row.sectorsJson()));
                }
            }
        }
    }

    /** As {@link #insert}, with LOAD DATA; the new ids are read back by key from above the highest id before the load. */
    public void load(Connection connection, LocalInfile localInfile, long authority, List<AgencyRow> rows, LocalDateTime at,
                     Map<String, StoredAgency> stored) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long highest = LocalInfile.highestId(connection, "agency");
        LocalInfile.Rows text = new LocalInfile.Rows();
        for (AgencyRow row : rows) {
            text.number(authority).text(row.legalName()).text(row.registrationNumber()).text(row.country())
                    .text(row.address()).text(row.sectorsJson()).text("[]").timestamp(at).timestamp(at).end();
        }
        localInfile.load(connection, "agency", COLUMNS, text);
        Map<String, StoredAgency> loaded = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, country, registration_number, legal_name,"
                + " address, sectors FROM agency WHERE id > ? AND authority_id = ?")) {
            select.setLong(1, highest);
            select.setLong(2, authority);
            readStored(select, loaded);
        }
        for (AgencyRow row : rows) {
            StoredAgency agency = loaded.get(row.key());
            if (agency == null) {
                throw new SQLException("agency " + row.key() + " was loaded but is not found again");
            }
            stored.put(row.key(), agency);
        }
    }

    /** Corrects the name, address and sectors of stored agencies, by id. */
    public void update(Connection connection, Map<Long, AgencyRow> rowsById, Timestamp at) throws SQLException {
        if (rowsById.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE agency SET legal_name = ?, address = ?, sectors = ?, updated_at = ? WHERE id = ?")) {
            for (Map.Entry<Long, AgencyRow> entry : rowsById.entrySet()) {
                update.setString(1, entry.getValue().legalName());
                update.setString(2, entry.getValue().address());
                update.setString(3, entry.getValue().sectorsJson());
                update.setTimestamp(4, at);
                update.setLong(5, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
