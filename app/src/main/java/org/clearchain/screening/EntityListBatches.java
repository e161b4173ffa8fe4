package org.clearchain.screening;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.SqlText;
import org.clearchain.integrations.entitylist.ListedEntry;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.RejectedRow;
import org.clearchain.security.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes entity-list entries, a batch per transaction, keyed by list and entry key: a new key is created, a known
 * one whose content hash differs (or that had been removed) is updated, and every one seen is marked as seen by the
 * job, so the edition can tell at the end which entries the file no longer holds.
 */
@Singleton
public class EntityListBatches {

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ScreeningDecided> decisions;
    private final Clock clock;

    EntityListBatches(JdbcOperations jdbc, JsonMapper json, AuditLog audit, ApplicationEventPublisher<ScreeningDecided> decisions,
                      Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.decisions = decisions;
        this.clock = clock;
    }

    private record Stored(long id, String hash, boolean removed) { }

    @Transactional
    public BatchOutcome write(ImportContext context, List<FeedLine.Accepted<ListedEntry>> batch) {
        Timestamp now = now();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Map<String, FeedLine.Accepted<ListedEntry>>> byList = new LinkedHashMap<>();
        for (var line : batch) {
            ListedEntry entry = line.record();
            String problem = problemWith(entry);
            Map<String, FeedLine.Accepted<ListedEntry>> entries = byList.computeIfAbsent(entry.listName(), k -> new LinkedHashMap<>());
            if (problem == null && entries.containsKey(entry.entryKey())) {
                problem = "entry " + entry.entryKey() + " of " + entry.listName() + " appears again (line "
                        + entries.get(entry.entryKey()).line() + ")";
            }
            if (problem != null) {
                rejected.add(RejectedRow.of(line, problem));
            } else {
                entries.put(entry.entryKey(), line);
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Connection connection = jdbc.getConnection();
        try {
            for (var list : byList.entrySet()) {
                if (list.getValue().isEmpty()) {
                    continue;
                }
                boolean forcedLabour = list.getValue().values().stream().anyMatch(l -> l.record().forcedLabour());
                long listId = listId(connection, list.getKey(), forcedLabour, now);
                Map<String, Stored> stored = stored(connection, listId, list.getValue().keySet());
                List<ListedEntry> inserts = new ArrayList<>();
                List<Map.Entry<Long, ListedEntry>> updates = new ArrayList<>();
                List<Long> seen = new ArrayList<>();
                for (var line : list.getValue().values()) {
                    ListedEntry entry = line.record();
                    Stored known = stored.get(entry.entryKey());
                    if (known == null) {
                        inserts.add(entry);
                    } else if (known.removed() || !known.hash().equals(entry.contentHash())) {
                        updates.add(Map.entry(known.id(), entry));
                    } else {
                        seen.add(known.id());
                    }
                }
                insert(connection, listId, inserts, context.jobId(), now);
                update(connection, updates, context.jobId(), now);
                markSeen(connection, seen, context.jobId());
                if (!inserts.isEmpty() || !updates.isEmpty()) {
                    try (PreparedStatement version = connection.prepareStatement("UPDATE entity_list SET version = version + 1 WHERE id = ?")) {
                        version.setLong(1, listId);
                        version.executeUpdate();
                    }
                }
                created += inserts.size();
                updated += updates.size();
                unchanged += seen.size();
            }
        } catch (SQLException e) {
            throw new EntityListException(e);
        }
        if (created + updated > 0) {
            audit.append(actor(context), "feed.entity-list.batch", "import_job", context.jobId(), null,
                    Map.of("lists", byList.keySet(), "created", created, "updated", updated, "unchanged", unchanged,
                            "rejected", rejected.size()));
        }
        return new BatchOutcome(created, updated, unchanged, rejected);
    }

    /**
     * Closes the edition of each list the file held: entries the file did not hold are marked removed — unless rows
     * were rejected, since a rejected row may be an entry still listed — and suppliers whose confirmed hits rest on
     * an entry this job changed or removed are rescored.
     */
    @Transactional
    public void publishEdition(ImportContext context, List<String> lists, ImportCounts counts) {
        Timestamp now = now();
        Map<String, Integer> removed = new LinkedHashMap<>();
        String note = counts.rejected() == 0 ? null : counts.rejected() + " row(s) were rejected, so no entry was marked"
                + " removed from this edition; correct them and import the list again";
        jdbc.execute(connection -> {
            for (String list : lists) {
                long listId = listId(connection, list, false, now);
                int gone = 0;
                if (note == null) {
                    try (PreparedStatement remove = connection.prepareStatement("UPDATE entity_list_entry SET removed_at = ?,"
                            + " changed_at = ?, changed_job = ? WHERE list_id = ? AND last_seen_job <> ? AND removed_at IS NULL")) {
                        remove.setTimestamp(1, now);
                        remove.setTimestamp(2, now);
                        remove.setLong(3, context.jobId());
                        remove.setLong(4, listId);
                        remove.setLong(5, context.jobId());
                        gone = remove.executeUpdate();
                    }
                }
                removed.put(list, gone);
                try (PreparedStatement edition = connection.prepareStatement("UPDATE entity_list SET editions = editions + 1,"
                        + " version = version + ?, edition_job_id = ?, edition_file = ?, edition_at = ?, edition_note = ? WHERE id = ?")) {
                    edition.setInt(1, gone > 0 ? 1 : 0);
                    edition.setLong(2, context.jobId());
                    edition.setString(3, context.fileName().length() > 255 ? context.fileName().substring(0, 255) : context.fileName());
                    edition.setTimestamp(4, now);
                    edition.setString(5, note);
                    edition.setLong(6, listId);
                    edition.executeUpdate();
                }
            }
            return null;
        });
        audit.append(actor(context), "entity-list.edition", "import_job", context.jobId(), null,
                Map.of("lists", lists, "removed", removed, "complete", note == null));
        List<Long> affected = jdbc.prepareStatement("SELECT DISTINCT h.subject_id FROM screening_hit h"
                + " JOIN entity_list_entry e ON e.id = h.entry_id WHERE h.subject_type = 'SUPPLIER' AND h.status = 'CONFIRMED'"
                + " AND e.changed_job = ?", statement -> {
                    statement.setLong(1, context.jobId());
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                });
        if (!affected.isEmpty()) {
            decisions.publishEvent(new ScreeningDecided(affected, "entity list " + String.join(", ", lists) + " changed"));
        }
    }

    private static String problemWith(ListedEntry entry) {
        if (entry.listName().length() > 100) {
            return "the list name '" + entry.listName().substring(0, 100) + "…' is longer than 100 characters";
        }
        if (entry.entryKey().length() > 255) {
            return "the entry key is longer than 255 characters";
        }
        if (entry.name().length() > 500) {
            return "the name is longer than 500 characters";
        }
        return null;
    }

    private long listId(Connection connection, String name, boolean forcedLabour, Timestamp now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, forced_labour FROM entity_list WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    if (forcedLabour && !rs.getBoolean(2)) {
                        try (PreparedStatement flag = connection.prepareStatement("UPDATE entity_list SET forced_labour = TRUE WHERE id = ?")) {
                            flag.setLong(1, id);
                            flag.executeUpdate();
                        }
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entity_list (name, forced_labour, created_at)"
                + " VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setBoolean(2, forcedLabour);
            insert.setTimestamp(3, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private Map<String, Stored> stored(Connection connection, long listId, java.util.Set<String> keys) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        List<String> list = List.copyOf(keys);
        try (PreparedStatement select = connection.prepareStatement("SELECT entry_key, id, content_hash, removed_at IS NOT NULL"
                + " FROM entity_list_entry WHERE list_id = ? AND entry_key IN (" + SqlText.placeholders(list.size()) + ") FOR UPDATE")) {
            select.setLong(1, listId);
            for (int i = 0; i < list.size(); i++) {
                select.setString(i + 2, list.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
        }
        return found;
    }

    private void insert(Connection connection, long listId, List<ListedEntry> entries, long jobId, Timestamp now) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entity_list_entry (list_id, entry_key, kind, name,"
                + " aliases, countries, identifiers, forced_labour, programme, remarks, content_hash, last_seen_job, changed_job,"
                + " created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ListedEntry entry : entries) {
                insert.setLong(1, listId);
                insert.setString(2, entry.entryKey());
                int next = fill(insert, 3, entry);
                insert.setLong(next, jobId);
                insert.setLong(next + 1, jobId);
                insert.setTimestamp(next + 2, now);
                insert.setTimestamp(next + 3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void update(Connection connection, List<Map.Entry<Long, ListedEntry>> entries, long jobId, Timestamp now) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE entity_list_entry SET kind = ?, name = ?, aliases = ?,"
                + " countries = ?, identifiers = ?, forced_labour = ?, programme = ?, remarks = ?, content_hash = ?,"
                + " last_seen_job = ?, changed_job = ?, changed_at = ?, removed_at = NULL WHERE id = ?")) {
            for (var entry : entries) {
                int next = fill(update, 1, entry.getValue());
                update.setLong(next, jobId);
                update.setLong(next + 1, jobId);
                update.setTimestamp(next + 2, now);
                update.setLong(next + 3, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** kind, name, aliases, countries, identifiers, forced_labour, programme, remarks, content_hash from {@code at}. */
    private int fill(PreparedStatement statement, int at, ListedEntry entry) throws SQLException {
        statement.setString(at, entry.kind().name());
        statement.setString(at + 1, entry.name());
        statement.setString(at + 2, json(entry.aliases()));
        statement.setString(at + 3, json(entry.countries()));
        statement.setString(at + 4, json(entry.identifiers().stream().map(i -> Map.of("type", i.type(), "value", i.value())).toList()));
        statement.setBoolean(at + 5, entry.forcedLabour());
        statement.setString(at + 6, entry.programme().length() > 500 ? entry.programme().substring(0, 500) : entry.programme());
        statement.setString(at + 7, entry.remarks());
        statement.setString(at + 8, entry.contentHash());
        return at + 9;
    }

    private void markSeen(Connection connection, List<Long> ids, long jobId) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement seen = connection.prepareStatement("UPDATE entity_list_entry SET last_seen_job = ? WHERE id IN ("
                + SqlText.placeholders(ids.size()) + ")")) {
            seen.setLong(1, jobId);
            for (int i = 0; i < ids.size(); i++) {
                seen.setLong(i + 2, ids.get(i));
            }
            seen.executeUpdate();
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    private static Actor actor(ImportContext context) {
        return new Actor("feed:entity-list (job " + context.jobId() + ")", null, context.organisationId());
    }

    static final class EntityListException extends RuntimeException {
        EntityListException(SQLException cause) {
            super("entity-list batch: " + cause.getMessage(), cause);
        }
    }
}
