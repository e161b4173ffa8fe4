package org.clearchain.agency;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.audit.RevisionView;
import org.clearchain.audit.Revisions;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Registering and correcting agencies, with the tenant rule and the duplicate check. */
@Singleton
public class Agencies {

    private final AgencyRepository repository;
    private final AuditLog audit;
    private final Revisions revisions;
    private final ApplicationEventPublisher<AgencyChanged> changes;
    private final Clock clock;

    Agencies(AgencyRepository repository, AuditLog audit, Revisions revisions,
             ApplicationEventPublisher<AgencyChanged> changes, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.revisions = revisions;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Agency register(Actor actor, AgencyCommand command) {
        rejectDuplicate(actor.organisationId(), command, null);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Agency agency = repository.save(Agency.register(actor.organisationId(), command, now));
        audit.append(actor, "agency.register", "agency", agency.id(), null, agency);
        changes.publishEvent(new AgencyChanged(List.of(agency.id()), "agency registered"));
        return agency;
    }

    /** The previous values stay in the agency's history, with who corrected it, when and why. */
    @Transactional
    public Agency correct(Actor actor, long id, AgencyCorrection correction) {
        Agency before = repository.findById(id)
                .filter(a -> AgencyAccess.canChange(actor, a.authorityId()))
                .orElseThrow(() -> ProblemException.notFound("Agency " + id));
        AgencyCommand command = correction.details();
        rejectDuplicate(before.authorityId(), command, id);
        Agency after = repository.update(before.withDetails(command, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        revisions.record(actor, "agency.correct", "agency", id, before, after, correction.reason());
        changes.publishEvent(new AgencyChanged(List.of(id), "agency corrected"));
        return after;
    }

    /** Its corrections, oldest first; officers of another authority see that the authority made them, not who. */
    public List<RevisionView> history(Actor actor, long id) {
        Agency agency = readable(actor, id);
        boolean keeper = actor.is(Role.ADMIN) || AgencyAccess.canChange(actor, agency.authorityId());
        return revisions.history("agency", id).stream()
                .map(r -> keeper ? r : r.by("the licensing authority that keeps the agency")).toList();
    }

    public Agency readable(Actor actor, long id) {
        return repository.findById(id)
                .filter(a -> AgencyAccess.canRead(actor, a.authorityId()))
                .orElseThrow(() -> ProblemException.notFound("Agency " + id));
    }

    private void rejectDuplicate(Long authorityId, AgencyCommand command, Long self) {
        repository.findByAuthorityIdAndCountryAndRegistrationNumber(authorityId, command.country(),
                        command.registrationNumber().strip())
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw ProblemException.conflict("Agency " + existing.id() + " (" + existing.legalName()
                            + ") is already registered with number " + existing.registrationNumber() + " in "
                            + existing.country() + "; correct that record instead of registering it twice.");
                });
    }
}
