package org.clearchain.licence;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyAccess;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rules of the licence register: who may file and move a licence, what each move needs, and that every
 * move leaves a {@link LicenceEvent}, an audit entry and a {@link LicenceStatusChanged}.
 */
@Singleton
public class LicenceRegister {

    private final LicenceRepository licences;
    private final LicenceEventRepository events;
    private final AgencyRepository agencies;
    private final LicenceNumbers numbers;
    private final AuditLog audit;
    private final ApplicationEventPublisher<LicenceStatusChanged> publisher;
    private final Clock clock;

    LicenceRegister(LicenceRepository licences, LicenceEventRepository events, AgencyRepository agencies,
                    LicenceNumbers numbers, AuditLog audit, ApplicationEventPublisher<LicenceStatusChanged> publisher,
                    Clock clock) {
        this.licences = licences;
        this.events = events;
        this.agencies = agencies;
        this.numbers = numbers;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public Licence apply(Actor actor, long agencyId, LicenceApplication application) {
        Agency agency = agencies.findById(agencyId)
                .filter(a -> AgencyAccess.canChange(actor, a.authorityId()))
                .orElseThrow(() -> ProblemException.notFound("Agency " + agencyId));
        if (!application.validUntil().isAfter(application.validFrom())) {
            throw ProblemException.invalidField("validUntil", "must be after validFrom (" + application.validFrom() + ")");
        }
        Instant now = now();
        String number = numbers.next(LocalDate.now(clock).getYear());
        Licence licence = licences.save(new Licence(null, number, agency.id(), agency.authorityId(),
                application.scope().strip(), application.validFrom(), application.validUntil(),
                application.conditions(), LicenceStatus.PENDING, now, now));
        record(actor, LicenceAction.APPLY, null, licence, null, null);
        return licence;
    }

    /** Applies an officer's move, after recording an expiry that the date has already made. */
    @Transactional
    public Licence move(Actor actor, String number, LicenceAction action, TransitionCommand command) {
        Licence licence = licences.lockByNumber(number)
                .filter(l -> AgencyAccess.canChange(actor, l.authorityId()))
                .orElseThrow(() -> ProblemException.notFound("Licence " + number));
        LocalDate today = LocalDate.now(clock);
        licence = expireIfDue(licence, today);
        LicenceStatus to = LicenceLifecycle.MOVES.require(licence.status(), action, "Licence " + number);
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (action.needsReason() && reason == null) {
            throw ProblemException.invalidField("reason", "is required to " + action.name().toLowerCase() + " a licence");
        }
        LocalDate validFrom = licence.validFrom();
        LocalDate validUntil = switch (action) {
            case APPROVE -> approvedUntil(licence, command.validUntil(), today);
            case RENEW -> renewedUntil(licence, command.validUntil(), today);
            default -> licence.validUntil();
        };
        if (action == LicenceAction.RENEW && licence.status() == LicenceStatus.EXPIRED) {
            validFrom = today;
        }
        Licence moved = licences.update(licence.moved(to, validFrom, validUntil, now()));
        boolean newPeriod = action == LicenceAction.APPROVE || action == LicenceAction.RENEW;
        record(actor, action, licence, moved, reason, newPeriod ? validUntil : null);
        // A licence reinstated after its end date is expired at once, by the same rule as the job.
        return expireIfDue(moved, today);
    }

    /** The expiry job's unit of work: one licence, in its own transaction. @return whether it expired now */
    @Transactional
    public boolean expireIfDue(String number) {
        Licence licence = licences.lockByNumber(number).orElseThrow();
        return expireIfDue(licence, LocalDate.now(clock)) != licence;
    }

    /** @return the expired licence, or the same instance when its date has not passed */
    private Licence expireIfDue(Licence licence, LocalDate today) {
        if (licence.status() != LicenceStatus.ACTIVE || licence.statusOn(today) != LicenceStatus.EXPIRED) {
            return licence;
        }
        Licence expired = licences.update(licence.moved(LicenceStatus.EXPIRED, licence.validFrom(), licence.validUntil(), now()));
        record(Actor.SYSTEM, LicenceAction.EXPIRE, licence, expired, "valid until " + licence.validUntil() + " has passed", null);
        return expired;
    }

    private static LocalDate approvedUntil(Licence licence, LocalDate requested, LocalDate today) {
        LocalDate until = requested != null ? requested : licence.validUntil();
        if (!until.isAfter(licence.validFrom())) {
            throw ProblemException.invalidField("validUntil", "must be after validFrom (" + licence.validFrom() + ")");
        }
        if (until.isBefore(today)) {
            throw ProblemException.invalidField("validUntil", "the period applied for ended on " + until
                    + "; give a validUntil of today or later to approve");
        }
        return until;
    }

    private static LocalDate renewedUntil(Licence licence, LocalDate requested, LocalDate today) {
        if (requested == null) {
            throw ProblemException.invalidField("validUntil", "is required to renew: the end of the new validity period");
        }
        if (!requested.isAfter(today) || !requested.isAfter(licence.validUntil())) {
            throw ProblemException.invalidField("validUntil", "must be after today and after the current end date ("
                    + licence.validUntil() + ")");
        }
        return requested;
    }

    /** One move, three records: the licence's own history, the audit chain, and the event others listen to. */
    private void record(Actor actor, LicenceAction action, Licence before, Licence after, String reason, LocalDate validUntil) {
        LicenceStatus from = before == null ? null : before.status();
        Instant now = now();
        events.save(new LicenceEvent(null, after.id(), action, from, after.status(), now, actor.name(), reason, validUntil));
        audit.append(actor, "licence." + action.name().toLowerCase(), "licence", after.number(), before, after);
        publisher.publishEvent(new LicenceStatusChanged(after.id(), after.number(), after.agencyId(), action,
                from, after.status(), now));
    }

    /** A licence as its authority's officers, inspectors, auditors and the admin may read it; 404 for anyone else. */
    public Licence readable(Actor actor, String number) {
        return licences.findByNumber(number)
                .filter(l -> AgencyAccess.canRead(actor, l.authorityId()))
                .orElseThrow(() -> ProblemException.notFound("Licence " + number));
    }

    /** Its moves, oldest first. */
    public List<LicenceEvent> history(Actor actor, String number) {
        return events.findByLicenceIdOrderById(readable(actor, number).id());
    }

    /** The moves an officer may make from {@code status}, in the lifecycle's order ({@link LicenceLifecycle}). */
    public static List<LicenceAction> movesFrom(LicenceStatus status) {
        return LicenceLifecycle.MOVES.actionsFrom(status);
    }

    public List<Licence> ofAgency(long agencyId) {
        return licences.findByAgencyIdOrderById(agencyId);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
