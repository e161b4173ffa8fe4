package org.clearchain.complaint;

import org.clearchain.reference.ComplaintCategory;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyAccess;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.audit.AuditLog;
import org.clearchain.audit.RevisionView;
import org.clearchain.audit.Revisions;
import org.clearchain.common.ProblemException;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.recruiter.NamedRecruiter;
import org.clearchain.recruiter.UnlicensedRecruiters;
import org.clearchain.security.Role;
import org.clearchain.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Filing complaints (by the public or an officer) and moving them through their handling. */
@Singleton
public class Complaints {

    private final ComplaintRepository complaints;
    private final AgencyRepository agencies;
    private final LicenceRepository licences;
    private final TrackingCodes trackingCodes;
    private final UnlicensedRecruiters recruiters;
    private final AuditLog audit;
    private final Revisions revisions;
    private final ApplicationEventPublisher<ComplaintSubstantiated> substantiations;
    private final Clock clock;

    Complaints(ComplaintRepository complaints, AgencyRepository agencies, LicenceRepository licences,
               TrackingCodes trackingCodes, UnlicensedRecruiters recruiters, AuditLog audit, Revisions revisions,
               ApplicationEventPublisher<ComplaintSubstantiated> substantiations, Clock clock) {
        this.complaints = complaints;
        this.agencies = agencies;
        this.licences = licences;
        this.trackingCodes = trackingCodes;
        this.recruiters = recruiters;
        this.audit = audit;
        this.revisions = revisions;
        this.substantiations = substantiations;
        this.clock = clock;
    }

    @Transactional
    Complaint file(Actor actor, NewComplaint complaint) {
        NamedRecruiter against = namedIn(actor, complaint);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String contact = complaint.contact() == null || complaint.contact().isBlank() ? null : complaint.contact().strip();
        Complaint filed = complaints.save(new Complaint(null, trackingCodes.next(), against.agencyId(), complaint.category(),
                complaint.description().strip(), ComplaintStatus.RECEIVED, contact,
                actor == Actor.PUBLIC ? null : actor.name(), now, now, null, against.recruiterId(),
                Complaint.drawRecordKey()));
        // The audit log records that a complaint exists, never what the complainant wrote or who they are.
        audit.append(actor, "complaint.file", "complaint", filed.id(), null, new AuditSummary(filed));
        return filed;
    }

    @Transactional
    public Complaint move(Actor actor, long id, ComplaintAction action) {
        Complaint complaint = complaints.lockById(id)
                .filter(c -> mayRead(actor, c))
                .orElseThrow(() -> ProblemException.notFound("Complaint " + id));
        ComplaintStatus to = ComplaintAction.MOVES.require(complaint.status(), action, "Complaint " + id);
        Complaint moved = complaints.update(complaint.moved(to, Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                java.time.LocalDate.now(clock)));
        audit.append(actor, "complaint." + action.name().toLowerCase(), "complaint", id,
                new AuditSummary(complaint), new AuditSummary(moved));
        if (to == ComplaintStatus.SUBSTANTIATED && moved.agencyId() != null) {
            substantiations.publishEvent(new ComplaintSubstantiated(moved.id(), moved.agencyId(), moved.category()));
        }
        return moved;
    }

    /**
     * A complaint filed under the wrong category is corrected, never refiled: the category before stays in its history.
     * A substantiated complaint's agency and that agency's suppliers are rescored, since fee complaints weigh more.
     */
    @Transactional
    Complaint correctCategory(Actor actor, long id, CategoryCorrection correction) {
        Complaint complaint = complaints.lockById(id)
                .filter(c -> mayRead(actor, c))
                .orElseThrow(() -> ProblemException.notFound("Complaint " + id));
        if (complaint.category() == correction.category()) {
            throw ProblemException.invalidField("category", "is " + complaint.category() + " already");
        }
        Complaint corrected = complaints.update(complaint.withCategory(correction.category(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        revisions.record(actor, "complaint.correct-category", "complaint", id, new AuditSummary(complaint),
                new AuditSummary(corrected), correction.reason());
        if (corrected.substantiatedOn() != null) {
            substantiations.publishEvent(new ComplaintSubstantiated(corrected.id(), corrected.agencyId(), corrected.category()));
        }
        return corrected;
    }

    List<RevisionView> history(Actor actor, long id) {
        readable(actor, id);
        return revisions.history("complaint", id);
    }

    public Complaint readable(Actor actor, long id) {
        return complaints.findById(id).filter(c -> mayRead(actor, c))
                .orElseThrow(() -> ProblemException.notFound("Complaint " + id));
    }

    /** Of these complaints, those the actor may read: the officers of the agency's own authority. */
    public Set<Long> readableAmong(Actor actor, Collection<Long> complaintIds) {
        return complaintIds.isEmpty() ? Set.of() : complaints.findByIdIn(complaintIds).stream()
                .filter(c -> mayRead(actor, c)).map(Complaint::id).collect(Collectors.toSet());
    }

    /** The officers of the agency's authority; for a recruiter no register holds, every licensing officer. */
    private boolean mayRead(Actor actor, Complaint complaint) {
        if (complaint.agencyId() == null) {
            return actor.is(Role.LICENSING_OFFICER);
        }
        return agencies.findById(complaint.agencyId()).map(a -> AgencyAccess.canChange(actor, a.authorityId())).orElse(false);
    }

    /**
     * The public may complain about any agency; an officer enters complaints only against their own authority's
     * agencies, and another authority's agency is answered as if it did not exist.
     */
    private NamedRecruiter namedIn(Actor actor, NewComplaint complaint) {
        if (complaint.agencyId() != null) {
            return agencies.findById(complaint.agencyId())
                    .filter(a -> mayFileAgainst(actor, a))
                    .map(a -> new NamedRecruiter(a.id(), null))
                    .orElseThrow(() -> ProblemException.invalidField("agencyId", "no agency has id " + complaint.agencyId()));
        }
        if (complaint.licenceNumber() != null && !complaint.licenceNumber().isBlank()) {
            String number = complaint.licenceNumber().strip().toUpperCase();
            return licences.findByNumber(number)
                    .flatMap(l -> agencies.findById(l.agencyId()))
                    .filter(a -> mayFileAgainst(actor, a))
                    .map(a -> new NamedRecruiter(a.id(), null))
                    .orElseThrow(() -> ProblemException.invalidField("licenceNumber", number + " is not in the register;"
                            + " name a recruiter without a licence by agencyName and agencyCountry instead"));
        }
        if (complaint.agencyName() != null && !complaint.agencyName().isBlank()) {
            if (complaint.agencyCountry() == null) {
                throw ProblemException.invalidField("agencyCountry", "is required with agencyName: the ISO 3166-1"
                        + " alpha-2 code of the country where the recruiter works, e.g. BD");
            }
            NamedRecruiter named = recruiters.identify(actor, "agencyName", complaint.agencyName(), complaint.agencyCountry());
            if (named.agencyId() != null && !agencies.findById(named.agencyId()).map(a -> mayFileAgainst(actor, a)).orElse(false)) {
                throw ProblemException.invalidField("agencyName", "names an agency of another authority's register;"
                        + " that authority enters complaints against it");
            }
            return named;
        }
        throw ProblemException.invalidField("agencyId", "name the agency by agencyId or by one of its licenceNumber, or a"
                + " recruiter that may not be in the register by agencyName and agencyCountry");
    }

    private static boolean mayFileAgainst(Actor actor, Agency agency) {
        return actor == Actor.PUBLIC || AgencyAccess.canChange(actor, agency.authorityId());
    }

    /** What the audit log keeps of a complaint. */
    @Serdeable
    record AuditSummary(Long agencyId, Long recruiterId, String trackingCode, ComplaintCategory category,
                        ComplaintStatus status) {
        AuditSummary(Complaint c) {
            this(c.agencyId(), c.recruiterId(), c.trackingCode(), c.category(), c.status());
        }
    }
}
