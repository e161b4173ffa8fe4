package org.clearchain.screening;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.SqlText;
import org.clearchain.common.TransactionRetry;
import org.clearchain.integrations.text.Ellipsis;
import org.clearchain.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Screens suppliers and agencies against the lists and keeps the hits. A pair (subject, entry) that scores at or
 * above the threshold is raised as an OPEN hit unless it is open already (then its score and reasons are
 * refreshed), confirmed, or dismissed while the entry had the content it has now: a dismissal holds until the entry
 * changes.
 * Hand-written JDBC: hits written a batch at a time, for ScreeningBench (docs/performance.md, "Screening 100,000 suppliers").
 */
@Singleton
public class Screening {

    private static final Logger LOG = LoggerFactory.getLogger(Screening.class);
    private static final int BATCH = 500;

    private final ScreeningIndex index;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final TransactionRetry retry;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ScreeningHitsRaised> raised;
    private final Clock clock;

    Screening(ScreeningIndex index, JdbcOperations jdbc, TransactionOperations<Connection> transactions,
              TransactionRetry retry, JsonMapper json, AuditLog audit,
              ApplicationEventPublisher<ScreeningHitsRaised> raised, Clock clock) {
        this.index = index;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retry = retry;
        this.json = json;
        this.audit = audit;
        this.raised = raised;
        this.clock = clock;
    }

    /** How a screening run ended: hits raised anew, open hits refreshed. */
    public record Outcome(int screened, int raised, int refreshed) {
        Outcome plus(Outcome other) {
            return new Outcome(screened + other.screened, raised + other.raised, refreshed + other.refreshed);
        }
    }

    /** Screens these suppliers inside the caller's transaction. */
    public Outcome screenSuppliers(List<Long> supplierIds) {
        return screen(SubjectType.SUPPLIER, supplierIds, () -> subjects("SELECT id, name, country, registration_number"
                + " FROM supplier WHERE id IN ", SubjectType.SUPPLIER, supplierIds));
    }

    /** Screens these agencies inside the caller's transaction. */
    public Outcome screenAgencies(List<Long> agencyIds) {
        return screen(SubjectType.AGENCY, agencyIds, () -> subjects("SELECT id, legal_name, country, registration_number"
                + " FROM agency WHERE id IN ", SubjectType.AGENCY, agencyIds));
    }

    /**
     * Screens these unlicensed-recruiter records inside the caller's transaction: a name with no licence is screened
     * like an agency, by name and country.
     */
    public Outcome screenRecruiters(List<Long> recruiterIds) {
        return screen(SubjectType.RECRUITER, recruiterIds, () -> subjects("SELECT id, name, country, NULL"
                + " FROM unlicensed_recruiter WHERE id IN ", SubjectType.RECRUITER, recruiterIds));
    }

    private Outcome screen(SubjectType type, List<Long> ids) {
        return switch (type) {
            case SUPPLIER -> screenSuppliers(ids);
            case AGENCY -> screenAgencies(ids);
            case RECRUITER -> screenRecruiters(ids);
        };
    }

    /** Every supplier, agency and unlicensed recruiter again, a batch per transaction: after a new edition of a list. */
    public Outcome rescreenEveryone(String reason) {
        Outcome total = new Outcome(0, 0, 0);
        long start = System.nanoTime();
        for (SubjectType type : SubjectType.values()) {
            String table = type.table();
            long after = 0;
            while (true) {
                long from = after;
                List<Long> ids = transactions.executeRead(status -> ids(table, from));
                if (ids.isEmpty()) {
                    break;
                }
                // each batch is a unit of work of its own, run again whole on a deadlock
                Outcome batch = retry.run("Screening.rescreenEveryone",
                        () -> transactions.executeWrite(status -> screen(type, ids)));
                total = total.plus(batch);
                after = ids.get(ids.size() - 1);
            }
        }
        if (total.raised() > 0) {
            Outcome done = total;
            retry.run("Screening.rescreenEveryone", () -> transactions.executeWrite(status -> audit.append(
                    new Actor("screening", null, null), "screening.rescreen", "screening", reason, null,
                    Map.of("screened", done.screened(), "raised", done.raised(), "refreshed", done.refreshed()))));
        }
        LOG.info("Rescreened {} suppliers and agencies ({}): {} hits raised, {} refreshed, in {} ms", total.screened(), reason,
                total.raised(), total.refreshed(), (System.nanoTime() - start) / 1_000_000);
        return total;
    }

    private List<Long> ids(String table, long after) {
        return jdbc.prepareStatement("SELECT id FROM " + table + " WHERE id > ? ORDER BY id LIMIT " + BATCH, statement -> {
            statement.setLong(1, after);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private List<ScreeningSubject> subjects(String select, SubjectType type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement(select + "(" + SqlText.placeholders(ids.size()) + ")", statement -> {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            List<ScreeningSubject> subjects = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    subjects.add(new ScreeningSubject(type, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return subjects;
        });
    }

    private record Raised(ScreeningSubject subject, Match match, String entryHash) { }

    private record Existing(long id, String status, String entryHash, String decidedHash, BigDecimal score) { }

    private Outcome screen(SubjectType type, List<Long> ids, Supplier<List<ScreeningSubject>> read) {
        if (ids.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        EntityMatcher matcher = index.current();
        if (matcher.size() == 0) {
            return new Outcome(ids.size(), 0, 0);
        }
        List<ScreeningSubject> subjects = read.get();
        List<Raised> found = new ArrayList<>();
        for (ScreeningSubject subject : subjects) {
            for (Match match : matcher.match(subject)) {
                found.add(new Raised(subject, match, match.entry().contentHash()));
            }
        }
        if (found.isEmpty()) {
            return new Outcome(subjects.size(), 0, 0);
        }
        Map<String, Existing> latest = latestHits(type, found.stream().map(r -> r.subject().id()).distinct().toList());
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        List<Raised> inserts = new ArrayList<>();
        List<Map.Entry<Long, Raised>> refreshes = new ArrayList<>();
        for (Raised raised : found) {
            Existing existing = latest.get(raised.subject().id() + ":" + raised.match().entryId());
            if (existing == null) {
                inserts.add(raised);
            } else if ("OPEN".equals(existing.status())) {
                if (!existing.entryHash().equals(raised.entryHash())
                        || existing.score().compareTo(BigDecimal.valueOf(raised.match().score())) != 0) {
                    refreshes.add(Map.entry(existing.id(), raised));
                }
            } else if ("DISMISSED".equals(existing.status()) && !raised.entryHash().equals(existing.decidedHash())) {
                inserts.add(raised);
            }
        }
        jdbc.execute(connection -> {
            insert(connection, inserts, now);
            refresh(connection, refreshes, now);
            return null;
        });
        List<Long> suppliersWithNewHits = inserts.stream().filter(r -> r.subject().type() == SubjectType.SUPPLIER)
                .map(r -> r.subject().id()).distinct().toList();
        if (!suppliersWithNewHits.isEmpty()) {
            raised.publishEvent(new ScreeningHitsRaised(suppliersWithNewHits, "possible listing raised by screening"));
        }
        return new Outcome(subjects.size(), inserts.size(), refreshes.size());
    }

    /** Each subject's latest hit per entry. */
    private Map<String, Existing> latestHits(SubjectType type, List<Long> subjectIds) {
        return jdbc.prepareStatement("SELECT subject_id, entry_id, id, status, entry_hash, decided_hash, score"
                + " FROM screening_hit WHERE subject_type = ? AND subject_id IN (" + SqlText.placeholders(subjectIds.size()) + ") ORDER BY id",
                statement -> {
                    statement.setString(1, type.name());
                    for (int i = 0; i < subjectIds.size(); i++) {
                        statement.setLong(i + 2, subjectIds.get(i));
                    }
                    Map<String, Existing> latest = new HashMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            latest.put(rs.getLong(1) + ":" + rs.getLong(2), new Existing(rs.getLong(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getBigDecimal(7)));
                        }
                    }
                    return latest;
                });
    }

    private void insert(Connection connection, List<Raised> inserts, Timestamp now) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        // a concurrent screening of the same subject may have raised the same pair: the open hit is then refreshed
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO screening_hit (subject_type, subject_id,"
                + " entry_id, subject_name, matched_name, score, reasons, entry_hash, status, open_marker, raised_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 1, ?, ?) ON DUPLICATE KEY UPDATE score = VALUES(score),"
                + " reasons = VALUES(reasons), entry_hash = VALUES(entry_hash), updated_at = VALUES(updated_at)")) {
            for (Raised raised : inserts) {
                insert.setString(1, raised.subject().type().name());
                insert.setLong(2, raised.subject().id());
                insert.setLong(3, raised.match().entryId());
                insert.setString(4, Ellipsis.cut(raised.subject().name(), 500));
                insert.setString(5, Ellipsis.cut(raised.match().matchedName(), 500));
                insert.setBigDecimal(6, BigDecimal.valueOf(raised.match().score()));
                insert.setString(7, reasons(raised.match()));
                insert.setString(8, raised.entryHash());
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void refresh(Connection connection, List<Map.Entry<Long, Raised>> refreshes, Timestamp now) throws SQLException {
        if (refreshes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE screening_hit SET subject_name = ?, matched_name = ?,"
                + " score = ?, reasons = ?, entry_hash = ?, updated_at = ? WHERE id = ? AND status = 'OPEN'")) {
            for (Map.Entry<Long, Raised> refresh : refreshes) {
                Raised raised = refresh.getValue();
                update.setString(1, Ellipsis.cut(raised.subject().name(), 500));
                update.setString(2, Ellipsis.cut(raised.match().matchedName(), 500));
                update.setBigDecimal(3, BigDecimal.valueOf(raised.match().score()));
                update.setString(4, reasons(raised.match()));
                update.setString(5, raised.entryHash());
                update.setTimestamp(6, now);
                update.setLong(7, refresh.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private String reasons(Match match) {
        try {
            return json.writeValueAsString(match.reasons());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
