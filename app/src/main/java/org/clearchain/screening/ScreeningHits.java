package org.clearchain.screening;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
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
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
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

    private final ScreeningHitRepository hits;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ScreeningDecided> decisions;
    private final Clock clock;

    ScreeningHits(ScreeningHitRepository hits, JsonMapper json, AuditLog audit,
                  ApplicationEventPublisher<ScreeningDecided> decisions, Clock clock) {
        this.hits = hits;
        this.json = json;
        this.audit = audit;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The hits the actor may see, as the repository's scope parameters (see {@link ScreeningHitRepository}). */
    private record Scope(boolean everyone, boolean officer, Long authorityId, Long buyerId) {

        static Scope of(Actor actor) {
            if (actor.is(Role.ADMIN) || actor.is(Role.INSPECTOR)) {
                return new Scope(true, false, null, null);
            }
            if (actor.is(Role.LICENSING_OFFICER)) {
                // unlicensed recruiters belong to no authority's register: every licensing officer reviews their hits
                return new Scope(false, true, actor.organisationId(), null);
            }
            if (actor.is(Role.AUDITOR)) {
                return new Scope(false, false, null, actor.organisationId());
            }
            return new Scope(false, false, null, null);
        }
    }

    @Transactional
    public PageView<HitView> list(Actor actor, HitStatus status, SubjectType subjectType, Long subjectId, PageRequest page) {
        Scope scope = Scope.of(actor);
        String statusName = status == null ? null : status.name();
        String typeName = subjectType == null ? null : subjectType.name();
        long total = hits.countVisible(scope.everyone(), scope.officer(), scope.authorityId(), scope.buyerId(), statusName,
                typeName, subjectId);
        List<HitView> items = hits.visible(scope.everyone(), scope.officer(), scope.authorityId(), scope.buyerId(), statusName,
                typeName, subjectId, page.size(), page.offset()).stream().map(this::view).toList();
        return PageView.of(items, page, total);
    }

    /** Of these hits, those the actor may review (see {@link #list}). */
    @Transactional
    public Set<Long> readableAmong(Actor actor, Collection<Long> hitIds) {
        if (hitIds.isEmpty()) {
            return Set.of();
        }
        Scope scope = Scope.of(actor);
        return new HashSet<>(hits.visibleAmong(scope.everyone(), scope.officer(), scope.authorityId(), scope.buyerId(), hitIds));
    }

    @Transactional
    public Optional<HitView> find(Actor actor, long id) {
        Scope scope = Scope.of(actor);
        return hits.findVisible(scope.everyone(), scope.officer(), scope.authorityId(), scope.buyerId(), id).map(this::view);
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
        hits.lockById(id);
        HitView locked = find(actor, id).orElseThrow();
        if (!HitStatus.OPEN.name().equals(locked.status())) {
            HitView.Decision made = locked.decision();
            throw ProblemException.conflict("Screening hit " + id + " was already " + locked.status().toLowerCase()
                    + (made == null ? "" : " by " + made.by() + " on " + made.at()) + "; a decision is not changed");
        }
        hits.decide(id, decision.name(), reason, actor.name(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
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

    private HitView view(HitRow row) {
        HitView.Decision decision = row.decidedBy() == null ? null
                : new HitView.Decision(row.decisionReason(), row.decidedBy(), row.decidedAt(), row.decidedHash());
        HitView.Entry entry = new HitView.Entry(row.entryId(), row.listName(), row.listForcedLabour(), row.entryKey(),
                row.entryKind(), row.entryName(), strings(row.entryAliases()), strings(row.entryCountries()),
                row.entryForcedLabour(), row.entryProgramme(), row.entryRemovedAt());
        return new HitView(row.id(), row.status(), row.score().doubleValue(),
                new HitView.Subject(row.subjectType(), row.subjectId(), row.subjectName(), row.subjectCountry()), entry,
                row.matchedName(), strings(row.reasons()), row.entryHash(), decision,
                row.decidedHash() != null && !row.decidedHash().equals(row.entryContentHash()), row.raisedAt());
    }

    private List<String> strings(String raw) {
        try {
            return raw == null ? List.of() : json.readValue(raw, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
