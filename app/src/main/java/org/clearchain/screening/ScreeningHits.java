package org.clearchain.screening;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reading and deciding screening hits. Who sees which: the admin and inspectors every hit; a licensing officer the
 * hits on its own authority's agencies; an auditor those on suppliers linked to its organisation. Who decides: the
 * admin, and the licensing officer or auditor who sees the hit; inspectors read only. A decision is final (409 on a
 * decided hit), audited, and rescores the supplier in the same transaction.
 */
@Singleton
public class ScreeningHits {

    private static final String SELECT = "SELECT h.id, h.status, h.score, h.subject_type, h.subject_id, h.subject_name,"
            + " COALESCE(s.country, a.country, r.country), h.matched_name, h.reasons, h.entry_hash, h.decision_reason, h.decided_by,"
            + " h.decided_at, h.decided_hash, h.raised_at, e.id, l.name, l.forced_labour, e.entry_key, e.kind, e.name,"
            + " e.aliases, e.countries, e.forced_labour, e.programme, e.removed_at, e.content_hash"
            + " FROM screening_hit h JOIN entity_list_entry e ON e.id = h.entry_id JOIN entity_list l ON l.id = e.list_id"
            + " LEFT JOIN supplier s ON h.subject_type = 'SUPPLIER' AND s.id = h.subject_id"
            + " LEFT JOIN agency a ON h.subject_type = 'AGENCY' AND a.id = h.subject_id"
            + " LEFT JOIN unlicensed_recruiter r ON h.subject_type = 'RECRUITER' AND r.id = h.subject_id";

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ScreeningDecided> decisions;
    private final Clock clock;

    ScreeningHits(JdbcOperations jdbc, JsonMapper json, AuditLog audit, ApplicationEventPublisher<ScreeningDecided> decisions,
                  Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.decisions = decisions;
        this.clock = clock;
    }

    private record Scope(String where, List<Object> params) { }

    /** The hits the actor may see, as a WHERE clause on {@code h}. */
    private static Scope scope(Actor actor) {
        if (actor.is(Role.ADMIN) || actor.is(Role.INSPECTOR)) {
            return new Scope("TRUE", List.of());
        }
        if (actor.is(Role.LICENSING_OFFICER)) {
            // unlicensed recruiters belong to no authority's register: every licensing officer reviews their hits
            return new Scope("(h.subject_type = 'RECRUITER' OR h.subject_type = 'AGENCY'"
                    + " AND h.subject_id IN (SELECT id FROM agency WHERE authority_id = ?))",
                    List.of(actor.organisationId()));
        }
        if (actor.is(Role.AUDITOR)) {
            return new Scope("h.subject_type = 'SUPPLIER' AND h.subject_id IN (SELECT supplier_id FROM buyer_link WHERE buyer_id = ?)",
                    List.of(actor.organisationId()));
        }
        return new Scope("FALSE", List.of());
    }

    @Transactional
    public PageView<HitView> list(Actor actor, HitStatus status, SubjectType subjectType, Long subjectId, PageRequest page) {
        Scope scope = scope(actor);
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.where());
        List<Object> params = new ArrayList<>(scope.params());
        if (status != null) {
            where.append(" AND h.status = ?");
            params.add(status.name());
        }
        if (subjectType != null) {
            where.append(" AND h.subject_type = ?");
            params.add(subjectType.name());
        }
        if (subjectId != null) {
            where.append(" AND h.subject_id = ?");
            params.add(subjectId);
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM screening_hit h" + where, statement -> {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<HitView> items = query(SELECT + where + " ORDER BY h.score DESC, h.id LIMIT ? OFFSET ?", pageParams);
        return PageView.of(items, page, total);
    }

    /** Of these hits, those the actor may review (see {@link #list}). */
    @Transactional
    public Set<Long> readableAmong(Actor actor, Collection<Long> hitIds) {
        if (hitIds.isEmpty()) {
            return Set.of();
        }
        Scope scope = scope(actor);
        List<Object> params = new ArrayList<>(scope.params());
        params.addAll(hitIds);
        return jdbc.prepareStatement("SELECT h.id FROM screening_hit h WHERE " + scope.where() + " AND h.id IN ("
                + String.join(",", Collections.nCopies(hitIds.size(), "?")) + ")", statement -> {
            bind(statement, params);
            Set<Long> ids = new HashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Transactional
    public Optional<HitView> find(Actor actor, long id) {
        Scope scope = scope(actor);
        List<Object> params = new ArrayList<>(scope.params());
        params.add(id);
        return query(SELECT + " WHERE " + scope.where() + " AND h.id = ?", params).stream().findFirst();
    }

    @Transactional
    public HitView decide(Actor actor, long id, HitStatus decision, DecisionCommand command) {
        String reason = command == null || command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (decision == HitStatus.DISMISSED && reason == null) {
            throw ProblemException.invalidField("reason", "is required to dismiss a hit: say why it is another party");
        }
        HitView before = find(actor, id).orElseThrow(() -> ProblemException.notFound("Screening hit " + id));
        if (actor.is(Role.INSPECTOR)) {
            throw ProblemException.of(HttpStatus.FORBIDDEN, "Inspectors read screening hits; the admin, the licensing officer"
                    + " of the agency or an auditor of the supplier decides them");
        }
        jdbc.prepareStatement("SELECT id FROM screening_hit WHERE id = ? FOR UPDATE", statement -> {
            statement.setLong(1, id);
            statement.executeQuery().close();
            return null;
        });
        HitView locked = find(actor, id).orElseThrow();
        if (!HitStatus.OPEN.name().equals(locked.status())) {
            HitView.Decision made = locked.decision();
            throw ProblemException.conflict("Screening hit " + id + " was already " + locked.status().toLowerCase()
                    + (made == null ? "" : " by " + made.by() + " on " + made.at()) + "; a decision is not changed");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        jdbc.prepareStatement("UPDATE screening_hit h SET status = ?, open_marker = NULL, decision_reason = ?, decided_by = ?,"
                + " decided_at = ?, decided_hash = (SELECT content_hash FROM entity_list_entry e WHERE e.id = h.entry_id),"
                + " updated_at = ? WHERE id = ? AND status = 'OPEN'", statement -> {
                    statement.setString(1, decision.name());
                    statement.setString(2, reason);
                    statement.setString(3, actor.name());
                    statement.setTimestamp(4, now);
                    statement.setTimestamp(5, now);
                    statement.setLong(6, id);
                    return statement.executeUpdate();
                });
        HitView after = find(actor, id).orElseThrow();
        String action = decision == HitStatus.CONFIRMED ? "confirm" : "dismiss";
        audit.append(actor, "screening." + action, "screening_hit", id, summary(before), summary(after));
        if (SubjectType.SUPPLIER.name().equals(after.subject().type())) {
            decisions.publishEvent(new ScreeningDecided(List.of(after.subject().id()), "screening hit " + id + " "
                    + (decision == HitStatus.CONFIRMED ? "confirmed" : "dismissed")));
        }
        return after;
    }

    private static Map<String, Object> summary(HitView hit) {
        return Map.of("status", hit.status(), "score", hit.score(), "subject", hit.subject().type() + " " + hit.subject().id(),
                "entry", hit.entry().list() + " " + hit.entry().key(), "entryHash", hit.entryHash(),
                "decision", hit.decision() == null ? "" : Objects.toString(hit.decision().reason(), ""));
    }

    private List<HitView> query(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            List<HitView> hits = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    hits.add(view(rs));
                }
            }
            return hits;
        });
    }

    private HitView view(ResultSet rs) throws SQLException {
        String decidedBy = rs.getString(12);
        String decidedHash = rs.getString(14);
        String currentHash = rs.getString(27);
        HitView.Decision decision = decidedBy == null ? null
                : new HitView.Decision(rs.getString(11), decidedBy, instant(rs.getTimestamp(13)), decidedHash);
        HitView.Entry entry = new HitView.Entry(rs.getLong(16), rs.getString(17), rs.getBoolean(18), rs.getString(19),
                rs.getString(20), rs.getString(21), strings(rs.getString(22)), strings(rs.getString(23)), rs.getBoolean(24),
                rs.getString(25), instant(rs.getTimestamp(26)));
        return new HitView(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3).doubleValue(),
                new HitView.Subject(rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7)), entry, rs.getString(8),
                strings(rs.getString(9)), rs.getString(10), decision, decidedHash != null && !decidedHash.equals(currentHash),
                instant(rs.getTimestamp(15)));
    }

    private static void bind(java.sql.PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private List<String> strings(String raw) {
        try {
            return raw == null ? List.of() : json.readValue(raw, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
