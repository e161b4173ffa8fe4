package org.clearchain.licence;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.agency.AgencyBulkWrites;
import org.clearchain.agency.AgencyBulkWrites.AgencyRow;
import org.clearchain.agency.AgencyBulkWrites.StoredAgency;
import org.clearchain.agency.AgencyChanged;
import org.clearchain.common.LocalInfile;
import org.clearchain.audit.AuditLog;
import org.clearchain.integrations.agencyregister.RegisteredLicence;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.RejectedRow;
import org.clearchain.reference.Countries;
import org.clearchain.reference.IsicCodes;
import org.clearchain.security.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.clearchain.common.SqlText.placeholders;

/**
 * Writes one batch of another authority's register in one transaction, with a handful of statements whatever
 * the batch size: agencies keyed by (authority, country, registration number), licences by number. A licence
 * seen for the first time is recorded as the feed reports it (event IMPORT); a known one whose status differs
 * moves through the lifecycle — a move the lifecycle does not allow (REVOKED → ACTIVE) is refused for that row.
 * Every move is a licence event and a {@link LicenceStatusChanged}, so rescoring follows as for an officer's move;
 * the batch is one audit entry that counts what it did.
 */
@Singleton
public class RegisterFeedBatches {

    private final JdbcOperations jdbc;
    private final Countries countries;
    private final IsicCodes isic;
    private final AuditLog audit;
    private final JsonMapper json;
    private final ApplicationEventPublisher<LicenceStatusChanged> publisher;
    private final ApplicationEventPublisher<AgencyChanged> agencyChanges;
    private final Clock clock;
    private final LocalInfile localInfile;
    private final AgencyBulkWrites agencyWrites;

    RegisterFeedBatches(JdbcOperations jdbc, Countries countries, IsicCodes isic, AuditLog audit, JsonMapper json,
                        ApplicationEventPublisher<LicenceStatusChanged> publisher,
                        ApplicationEventPublisher<AgencyChanged> agencyChanges, Clock clock, LocalInfile localInfile,
                        AgencyBulkWrites agencyWrites) {
        this.jdbc = jdbc;
        this.countries = countries;
        this.isic = isic;
        this.audit = audit;
        this.json = json;
        this.publisher = publisher;
        this.agencyChanges = agencyChanges;
        this.clock = clock;
        this.localInfile = localInfile;
        this.agencyWrites = agencyWrites;
    }

    private record StoredLicence(long id, long agencyId, long authorityId, String scope, LocalDate validFrom,
                                 LocalDate validUntil, LicenceStatus status) { }

    private record Move(long licenceId, String number, long agencyId, LicenceAction action, LicenceStatus from,
                        LicenceStatus to, LocalDate validUntil) { }

    @Transactional
    public BatchOutcome write(ImportContext context, List<FeedLine.Accepted<RegisteredLicence>> batch) {
        long authority = context.organisationId();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Timestamp at = Timestamp.valueOf(utc);
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, FeedLine.Accepted<RegisteredLicence>> rows = new LinkedHashMap<>();
        for (var line : batch) {
            String problem = problemWith(line.record());
            if (problem == null && rows.containsKey(line.record().licenceNumber())) {
                problem = "licence " + line.record().licenceNumber() + " appears again (line "
                        + rows.get(line.record().licenceNumber()).line() + ")";
            }
            if (problem != null) {
                rejected.add(RejectedRow.of(line, problem));
            } else {
                rows.put(line.record().licenceNumber(), line);
            }
        }
        Connection connection = jdbc.getConnection();
        try {
            Map<String, StoredAgency> agencies = agencyWrites.find(connection, authority,
                    rows.values().stream().map(line -> line.record().registrationNumber()).toList());
            Map<String, StoredLicence> licences = licences(connection, rows.keySet());
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            List<FeedLine.Accepted<RegisteredLicence>> newAgencies = new ArrayList<>();
            List<FeedLine.Accepted<RegisteredLicence>> changedAgencies = new ArrayList<>();
            List<FeedLine.Accepted<RegisteredLicence>> newLicences = new ArrayList<>();
            List<FeedLine.Accepted<RegisteredLicence>> changedLicences = new ArrayList<>();
            List<Move> moves = new ArrayList<>();
            Map<String, Boolean> agencySeen = new HashMap<>();
            for (var line : List.copyOf(rows.values())) {
                RegisteredLicence r = line.record();
                StoredLicence licence = licences.get(r.licenceNumber());
                if (licence != null && licence.authorityId() != authority) {
                    rejected.add(RejectedRow.of(line, "licence " + r.licenceNumber() + " is kept by another authority"));
                    rows.remove(r.licenceNumber());
                    continue;
                }
                StoredAgency agency = agencies.get(agencyKey(r));
                boolean agencyChanged = agency != null && !sameAgency(agency, r);
                if (licence == null) {
                    newLicences.add(line);
                } else {
                    Move move = moveOf(licence, r);
                    if (move == INVALID) {
                        rejected.add(RejectedRow.of(line, "licence " + r.licenceNumber() + " is " + licence.status()
                                + " and cannot become " + r.status() + ": that is not a move of the licence lifecycle"));
                        rows.remove(r.licenceNumber());
                        continue;
                    }
                    if (licence.agencyId() != (agency == null ? -1 : agency.id())) {
                        rejected.add(RejectedRow.of(line, "licence " + r.licenceNumber()
                                + " belongs to another agency than registration number " + r.registrationNumber()));
                        rows.remove(r.licenceNumber());
                        continue;
                    }
                    boolean licenceChanged = move != null || !sameLicence(licence, r);
                    if (licenceChanged) {
                        changedLicences.add(line);
                        if (move != null) {
                            moves.add(move);
                        }
                    }
                    if (licenceChanged || agencyChanged) {
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
                if (agencySeen.putIfAbsent(agencyKey(r), Boolean.TRUE) == null) {
                    if (agency == null) {
                        newAgencies.add(line);
                    } else if (agencyChanged) {
                        changedAgencies.add(line);
                    }
                }
            }
            boolean load = !(newLicences.isEmpty() && newAgencies.isEmpty()) && localInfile.available(connection, "licence_event", EVENT_COLUMNS);
            if (load) {
                utc = LocalInfile.asJdbcStores(connection, utc);
                agencyWrites.load(connection, localInfile, authority, agencyRows(newAgencies), utc, agencies);
            } else {
                agencyWrites.insert(connection, authority, agencyRows(newAgencies), at, agencies);
            }
            Map<Long, AgencyRow> corrected = new LinkedHashMap<>();
            for (var line : changedAgencies) {
                corrected.put(agencies.get(agencyKey(line.record())).id(), agencyRow(line.record()));
            }
            agencyWrites.update(connection, corrected, at);
            created += newLicences.size();
            if (load) {
                loadLicences(connection, authority, newLicences, agencies, utc, context);
            } else {
                insertLicences(connection, authority, newLicences, agencies, at, context);
            }
            updateLicences(connection, changedLicences, licences, at);
            recordMoves(connection, moves, at, context);
            if (created + updated > 0) {
                audit.append(actor(context), "feed.agency-register.batch", "import_job", context.jobId(), null,
                        Map.of("created", created, "updated", updated, "unchanged", unchanged,
                                "rejected", rejected.size(), "statusChanges", moves.size()));
            }
            List<Long> touchedAgencies = java.util.stream.Stream.concat(newAgencies.stream(), changedAgencies.stream())
                    .map(line -> agencies.get(agencyKey(line.record())).id()).distinct().toList();
            if (!touchedAgencies.isEmpty()) {
                agencyChanges.publishEvent(new AgencyChanged(touchedAgencies, "agency register feed"));
            }
            for (Move move : moves) {
                publisher.publishEvent(new LicenceStatusChanged(move.licenceId(), move.number(), move.agencyId(),
                        move.action(), move.from(), move.to(), now));
            }
            return new BatchOutcome(created, updated, unchanged, rejected);
        } catch (SQLException e) {
            throw new RegisterFeedException(e);
        }
    }

    private static Actor actor(ImportContext context) {
        return new Actor("feed:agency-register (job " + context.jobId() + ")", null, context.organisationId());
    }

    private String problemWith(RegisteredLicence r) {
        if (!countries.isCode(r.country())) {
            return "country '" + r.country() + "' is not an ISO 3166-1 country code";
        }
        for (String sector : r.sectors()) {
            if (!isic.isCode(sector)) {
                return "sector '" + sector + "' is not an ISIC Rev.4 code";
            }
        }
        if (r.agencyName().length() > 255 || r.registrationNumber().length() > 100 || r.address().length() > 500
                || r.scope().length() > 1000) {
            return "a field is too long (agency_name 255, registration_number 100, address 500, scope 1000 characters)";
        }
        return null;
    }

    private static final Move INVALID = new Move(0, "", 0, LicenceAction.IMPORT, null, LicenceStatus.PENDING, null);

    /** The lifecycle move that takes the stored licence to the reported status; null when the status is the same. */
    private static Move moveOf(StoredLicence stored, RegisteredLicence reported) {
        LicenceStatus to = LicenceStatus.valueOf(reported.status());
        LicenceStatus from = stored.status();
        if (from == to) {
            boolean renewed = to == LicenceStatus.ACTIVE && reported.validUntil().isAfter(stored.validUntil());
            return renewed ? new Move(stored.id(), reported.licenceNumber(), stored.agencyId(), LicenceAction.RENEW, from, to, reported.validUntil()) : null;
        }
        return LicenceLifecycle.MOVES.actionBetween(from, to)
                .map(action -> new Move(stored.id(), reported.licenceNumber(), stored.agencyId(), action, from, to,
                        action == LicenceAction.RENEW || action == LicenceAction.APPROVE ? reported.validUntil() : null))
                .orElse(INVALID);
    }

    private String sectorsJson(List<String> sectors) {
        try {
            return json.writeValueAsString(sectors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean sameAgency(StoredAgency agency, RegisteredLicence r) {
        return agency.legalName().equals(r.agencyName()) && Objects.equals(nullIfBlank(agency.address()), nullIfBlank(r.address()))
                && agency.sectors().replace(" ", "").equals(sectorsJson(r.sectors()).replace(" ", ""));
    }

    private static boolean sameLicence(StoredLicence licence, RegisteredLicence r) {
        return licence.scope().equals(scopeOf(r)) && licence.validFrom().equals(r.validFrom())
                && licence.validUntil().equals(r.validUntil());
    }

    private static String scopeOf(RegisteredLicence r) {
        return r.scope().isBlank() ? "as registered by the issuing authority" : r.scope();
    }

    private static String agencyKey(RegisteredLicence r) {
        return AgencyRow.key(r.country(), r.registrationNumber());
    }

    private AgencyRow agencyRow(RegisteredLicence r) {
        return new AgencyRow(r.agencyName(), r.registrationNumber(), r.country(), nullIfBlank(r.address()), sectorsJson(r.sectors()));
    }

    private List<AgencyRow> agencyRows(List<FeedLine.Accepted<RegisteredLicence>> lines) {
        return lines.stream().map(line -> agencyRow(line.record())).toList();
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private Map<String, StoredLicence> licences(Connection connection, java.util.Set<String> numbers) throws SQLException {
        Map<String, StoredLicence> found = new HashMap<>();
        if (numbers.isEmpty()) {
            return found;
        }
        List<String> list = List.copyOf(numbers);
        String sql = "SELECT id, number, agency_id, authority_id, scope, valid_from, valid_until, status FROM licence"
                + " WHERE number IN (" + placeholders(list.size()) + ") FOR UPDATE";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < list.size(); i++) {
                select.setString(i + 1, list.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), new StoredLicence(rs.getLong(1), rs.getLong(3), rs.getLong(4), rs.getString(5),
                            rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), LicenceStatus.valueOf(rs.getString(8))));
                }
            }
        }
        return found;
    }

    private static final String LICENCE_COLUMNS = "number, agency_id, authority_id, scope, valid_from, valid_until, status,"
            + " created_at, updated_at";
    private static final String EVENT_COLUMNS = "licence_id, action, from_status, to_status, occurred_at, actor, reason, valid_until";

    /** As {@link #insertLicences}, with LOAD DATA for the licences and their IMPORT events. */
    private void loadLicences(Connection connection, long authority, List<FeedLine.Accepted<RegisteredLicence>> lines,
                              Map<String, StoredAgency> agencies, LocalDateTime at, ImportContext context) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        long highest = LocalInfile.highestId(connection, "licence");
        LocalInfile.Rows licenceRows = new LocalInfile.Rows();
        for (var line : lines) {
            RegisteredLicence r = line.record();
            licenceRows.text(r.licenceNumber()).number(agencies.get(agencyKey(r)).id()).number(authority).text(scopeOf(r))
                    .date(r.validFrom()).date(r.validUntil()).text(r.status()).timestamp(at).timestamp(at).end();
        }
        localInfile.load(connection, "licence", LICENCE_COLUMNS, licenceRows);
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, number FROM licence WHERE id > ?")) {
            select.setLong(1, highest);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        String actor = actor(context).name();
        LocalInfile.Rows eventRows = new LocalInfile.Rows();
        for (var line : lines) {
            RegisteredLicence r = line.record();
            Long id = ids.get(r.licenceNumber());
            if (id == null) {
                throw new SQLException("licence " + r.licenceNumber() + " was loaded but is not found again");
            }
            eventRows.number(id).text(LicenceAction.IMPORT.name()).text(null).text(r.status())
                    .timestamp(at).text(actor).text("reported by " + context.fileName() + ", line " + line.line())
                    .date(r.validUntil()).end();
        }
        localInfile.load(connection, "licence_event", EVENT_COLUMNS, eventRows);
    }

    private void insertLicences(Connection connection, long authority, List<FeedLine.Accepted<RegisteredLicence>> lines,
                                Map<String, StoredAgency> agencies, Timestamp at, ImportContext context) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(lines.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO licence (number, agency_id, authority_id,"
                + " scope, valid_from, valid_until, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (var line : lines) {
                RegisteredLicence r = line.record();
                insert.setString(1, r.licenceNumber());
                insert.setLong(2, agencies.get(agencyKey(r)).id());
                insert.setLong(3, authority);
                insert.setString(4, scopeOf(r));
                insert.setDate(5, Date.valueOf(r.validFrom()));
                insert.setDate(6, Date.valueOf(r.validUntil()));
                insert.setString(7, r.status());
                insert.setTimestamp(8, at);
                insert.setTimestamp(9, at);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO licence_event (licence_id, action,"
                + " from_status, to_status, occurred_at, actor, reason, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < lines.size(); i++) {
                RegisteredLicence r = lines.get(i).record();
                event.setLong(1, ids.get(i));
                event.setString(2, LicenceAction.IMPORT.name());
                event.setNull(3, java.sql.Types.VARCHAR);
                event.setString(4, r.status());
                event.setTimestamp(5, at);
                event.setString(6, actor(context).name());
                event.setString(7, "reported by " + context.fileName() + ", line " + lines.get(i).line());
                event.setDate(8, Date.valueOf(r.validUntil()));
                event.addBatch();
            }
            event.executeBatch();
        }
    }

    private void updateLicences(Connection connection, List<FeedLine.Accepted<RegisteredLicence>> lines,
                                Map<String, StoredLicence> licences, Timestamp at) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE licence SET scope = ?, valid_from = ?,"
                + " valid_until = ?, status = ?, updated_at = ? WHERE id = ?")) {
            for (var line : lines) {
                RegisteredLicence r = line.record();
                update.setString(1, scopeOf(r));
                update.setDate(2, Date.valueOf(r.validFrom()));
                update.setDate(3, Date.valueOf(r.validUntil()));
                update.setString(4, r.status());
                update.setTimestamp(5, at);
                update.setLong(6, licences.get(r.licenceNumber()).id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void recordMoves(Connection connection, List<Move> moves, Timestamp at, ImportContext context) throws SQLException {
        if (moves.isEmpty()) {
            return;
        }
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO licence_event (licence_id, action,"
                + " from_status, to_status, occurred_at, actor, reason, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Move move : moves) {
                event.setLong(1, move.licenceId());
                event.setString(2, move.action().name());
                event.setString(3, move.from().name());
                event.setString(4, move.to().name());
                event.setTimestamp(5, at);
                event.setString(6, actor(context).name());
                event.setString(7, "reported by " + context.fileName());
                event.setDate(8, move.validUntil() == null ? null : Date.valueOf(move.validUntil()));
                event.addBatch();
            }
            event.executeBatch();
        }
    }

    static final class RegisterFeedException extends RuntimeException {
        RegisterFeedException(SQLException cause) {
            super("agency-register batch: " + cause.getMessage(), cause);
        }
    }
}
