package org.clearchain.inspection;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each inspectorate's directory of assistance services. Its inspectors add, correct and end entries (audited with who,
 * when and why); the admin reads every directory. A referral may name only an active entry of its own inspectorate's
 * directory, and a wrong or missing choice is answered with the choices.
 */
@Singleton
public class AssistanceDirectory {

    /** A 400 lists this many choices at most, then points to the directory. */
    private static final int CHOICES_SHOWN = 25;

    private final InspectionRepositories.AssistanceServices entries;
    private final AuditLog audit;
    private final Clock clock;

    AssistanceDirectory(InspectionRepositories.AssistanceServices entries, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    /** The inspector's own directory, or every directory for the admin; ended entries only when asked. */
    @Transactional(readOnly = true)
    List<AssistanceServiceEntry> list(Actor actor, boolean includeEnded, AssistanceService kind) {
        LocalDate today = today();
        List<AssistanceServiceEntry> all = actor.is(Role.ADMIN) ? entries.listAll()
                : entries.findByInspectorateIdOrderByName(actor.organisationId());
        return all.stream().filter(e -> includeEnded || e.activeOn(today)).filter(e -> kind == null || e.kind() == kind)
                .toList();
    }

    @Transactional(readOnly = true)
    AssistanceServiceEntry readable(Actor actor, long id) {
        return entries.findById(id).filter(e -> actor.is(Role.ADMIN) || owns(actor, e))
                .orElseThrow(() -> ProblemException.notFound("Assistance service " + id));
    }

    @Transactional
    AssistanceServiceEntry add(Actor inspector, AssistanceServiceCommand command) {
        checkNoIdentity(command);
        Instant now = now();
        AssistanceServiceEntry entry = entries.save(new AssistanceServiceEntry(null, inspector.organisationId(),
                command.name().strip(), command.kind(), command.country(), AssistanceServiceEntry.blankToNull(command.region()),
                AssistanceServiceEntry.blankToNull(command.contact()), null, inspector.name(), now, inspector.name(), now));
        audit.append(inspector, "assistance-service.add", "assistance-service", entry.id(), null,
                withReason(entry, command.reason()));
        return entry;
    }

    @Transactional
    AssistanceServiceEntry correct(Actor inspector, long id, AssistanceServiceCommand command) {
        String reason = AssistanceServiceEntry.blankToNull(command.reason());
        if (reason == null) {
            throw ProblemException.invalidField("reason", "is required to correct an entry: say what was wrong");
        }
        checkNoIdentity(command);
        AssistanceServiceEntry before = own(inspector, id);
        AssistanceServiceEntry after = entries.update(before.corrected(command, inspector.name(), now()));
        audit.append(inspector, "assistance-service.correct", "assistance-service", id, before, withReason(after, reason));
        return after;
    }

    @Transactional
    AssistanceServiceEntry end(Actor inspector, long id, EndAssistanceService command) {
        AssistanceServiceEntry before = own(inspector, id);
        if (before.endedOn() != null) {
            throw ProblemException.conflict("Assistance service " + id + " was already ended on " + before.endedOn()
                    + "; add a new entry if the service opens again.");
        }
        LocalDate on = command.endedOn() == null ? today() : command.endedOn();
        AssistanceServiceEntry after = entries.update(before.ended(on, inspector.name(), now()));
        audit.append(inspector, "assistance-service.end", "assistance-service", id, before, withReason(after, command.reason()));
        return after;
    }

    /**
     * The entry {@code id} of the inspectorate's directory, active on {@code day} and, when {@code kind} is given, of
     * that kind; otherwise a 400 on {@code field} that lists the choices.
     */
    AssistanceServiceEntry choose(long inspectorateId, Long id, AssistanceService kind, LocalDate day, String field) {
        AssistanceServiceEntry entry = id == null ? null : entries.findById(id)
                .filter(e -> e.inspectorateId().equals(inspectorateId) && e.activeOn(day) && (kind == null || e.kind() == kind))
                .orElse(null);
        if (entry == null) {
            String problem = id == null ? "is required" : "names no active " + (kind == null ? "" : kind + " ")
                    + "service of your inspectorate's directory (" + id + ")";
            throw ProblemException.invalidField(field, problem + "; " + choices(inspectorateId, kind, day));
        }
        return entry;
    }

    /** The words of a 400 that sends the inspector to the directory: its active entries (of one kind), or how to add one. */
    String choices(long inspectorateId, AssistanceService kind, LocalDate day) {
        List<String> active = entries.findByInspectorateIdOrderByName(inspectorateId).stream()
                .filter(e -> e.activeOn(day) && (kind == null || e.kind() == kind)).map(AssistanceServiceEntry::choice).toList();
        String add = "add one with POST /api/assistance-services";
        if (active.isEmpty()) {
            return "your inspectorate's directory has no active " + (kind == null ? "" : kind + " ") + "service yet: " + add;
        }
        String shown = String.join("; ", active.subList(0, Math.min(CHOICES_SHOWN, active.size())));
        return "choose the id of one of your directory's services: " + shown
                + (active.size() > CHOICES_SHOWN ? "; … " + (active.size() - CHOICES_SHOWN) + " more at GET /api/assistance-services" : "")
                + " (or " + add + ")";
    }

    String choicesToday(long inspectorateId) {
        return choices(inspectorateId, null, today());
    }

    /** The entries these referrals name, by id. */
    Map<Long, AssistanceServiceEntry> byId(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : entries.findByIdIn(ids).stream()
                .collect(Collectors.toMap(AssistanceServiceEntry::id, Function.identity()));
    }

    /** A service's name and region name a service, not a person: nothing shaped like a document number. */
    private static void checkNoIdentity(AssistanceServiceCommand command) {
        IdentityGuard.checkText("name", command.name());
        IdentityGuard.checkText("region", command.region());
    }

    private AssistanceServiceEntry own(Actor inspector, long id) {
        return entries.lockById(id).filter(e -> owns(inspector, e))
                .orElseThrow(() -> ProblemException.notFound("Assistance service " + id));
    }

    private static boolean owns(Actor actor, AssistanceServiceEntry entry) {
        return actor.is(Role.INSPECTOR) && actor.belongsTo(entry.inspectorateId());
    }

    private static Map<String, Object> withReason(AssistanceServiceEntry entry, String reason) {
        String why = AssistanceServiceEntry.blankToNull(reason);
        return why == null ? Map.of("entry", entry) : Map.of("entry", entry, "reason", why);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
