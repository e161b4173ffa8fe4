package org.clearchain.inspection;

import io.micronaut.context.event.ApplicationEventPublisher;
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
import java.util.List;

/**
 * Corrective actions: set by the inspectorate on a finding, marked DONE by the supplier or a buyer's auditor with
 * evidence, and VERIFIED only by an inspector of that inspectorate at a FOLLOW_UP inspection of the same site.
 */
@Singleton
class CorrectiveActions {

    private final InspectionRepositories.CorrectiveActions actions;
    private final InspectionRepositories.Findings findings;
    private final InspectionRepositories.Inspections inspections;
    private final Inspections rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher<CorrectiveActionVerified> verifications;
    private final Clock clock;

    CorrectiveActions(InspectionRepositories.CorrectiveActions actions, InspectionRepositories.Findings findings,
                      InspectionRepositories.Inspections inspections, Inspections rules, AuditLog audit,
                      ApplicationEventPublisher<CorrectiveActionVerified> verifications, Clock clock) {
        this.actions = actions;
        this.findings = findings;
        this.inspections = inspections;
        this.rules = rules;
        this.audit = audit;
        this.verifications = verifications;
        this.clock = clock;
    }

    @Transactional
    CorrectiveAction set(Actor inspector, long findingId, NewCorrectiveAction command) {
        Finding finding = findings.findById(findingId)
                .filter(f -> inspections.findById(f.inspectionId())
                        .map(i -> inspector.is(Role.INSPECTOR) && inspector.belongsTo(i.inspectorateId())).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("Finding " + findingId));
        if (command.dueDate().isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalidField("dueDate", "must be today or later");
        }
        CorrectiveAction action = actions.save(new CorrectiveAction(null, finding.id(), command.description().strip(),
                command.dueDate(), CorrectiveAction.Status.OPEN, null, null, null, null, null, null, inspector.name(), now()));
        audit.append(inspector, "corrective-action.set", "corrective-action", action.id(), null, action);
        return action;
    }

    @Transactional
    CorrectiveAction done(Actor actor, long id, String evidence) {
        CorrectiveAction action = visibleLocked(actor, id);
        if (!(actor.is(Role.SUPPLIER) || actor.is(Role.AUDITOR))) {
            throw ProblemException.notFound("Corrective action " + id);
        }
        requireStatus(action, CorrectiveAction.Status.OPEN, "done → DONE");
        CorrectiveAction done = actions.update(action.done(evidence.strip(), actor.name(), now()));
        audit.append(actor, "corrective-action.done", "corrective-action", id, action, done);
        return done;
    }

    @Transactional
    CorrectiveAction verify(Actor inspector, long id, long followUpInspectionId) {
        CorrectiveAction action = visibleLocked(inspector, id);
        Inspection original = originalInspection(action);
        if (!inspector.is(Role.INSPECTOR) || !inspector.belongsTo(original.inspectorateId())) {
            throw ProblemException.notFound("Corrective action " + id);
        }
        requireStatus(action, CorrectiveAction.Status.DONE, "verify → VERIFIED");
        Inspection followUp = inspections.findById(followUpInspectionId)
                .filter(i -> inspector.belongsTo(i.inspectorateId()))
                .orElseThrow(() -> ProblemException.invalidField("inspectionId", "no inspection " + followUpInspectionId
                        + " of your inspectorate"));
        if (followUp.type() != InspectionType.FOLLOW_UP || !followUp.siteId().equals(original.siteId())) {
            throw ProblemException.invalidField("inspectionId", "verification needs a FOLLOW_UP inspection of the same site"
                    + " (site " + original.siteId() + ")");
        }
        CorrectiveAction verified = actions.update(action.verified(inspector.name(), followUp.id(), now()));
        audit.append(inspector, "corrective-action.verify", "corrective-action", id, action, verified);
        verifications.publishEvent(new CorrectiveActionVerified(id, action.findingId(), original.supplierId()));
        return verified;
    }

    List<CorrectiveAction> overdue(Actor inspector) {
        return actions.findOverdue(inspector.organisationId(), LocalDate.now(clock));
    }

    private CorrectiveAction visibleLocked(Actor actor, long id) {
        CorrectiveAction action = actions.lockById(id).orElseThrow(() -> ProblemException.notFound("Corrective action " + id));
        try {
            rules.readable(actor, originalInspection(action).id());
        } catch (ProblemException notVisible) {
            throw ProblemException.notFound("Corrective action " + id);
        }
        return action;
    }

    private Inspection originalInspection(CorrectiveAction action) {
        Finding finding = findings.findById(action.findingId()).orElseThrow();
        return inspections.findById(finding.inspectionId()).orElseThrow();
    }

    private static void requireStatus(CorrectiveAction action, CorrectiveAction.Status required, String move) {
        if (action.status() != required) {
            List<String> allowed = switch (action.status()) {
                case OPEN -> List.of("done → DONE");
                case DONE -> List.of("verify → VERIFIED");
                case VERIFIED -> List.of();
            };
            throw ProblemException.illegalTransition("Corrective action " + action.id() + " is " + action.status()
                    + "; '" + move + "' needs it " + required + "." + (allowed.isEmpty() ? " VERIFIED is final." : ""), allowed);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
