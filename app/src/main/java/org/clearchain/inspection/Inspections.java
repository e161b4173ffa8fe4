package org.clearchain.inspection;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.supplier.Site;
import org.clearchain.supplier.SiteRepository;
import org.clearchain.supplier.Supplier;
import org.clearchain.supplier.SupplierAccess;
import org.clearchain.supplier.SupplierRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * The rules of inspections: an inspectorate plans, records findings and referrals while the inspection is in
 * progress, completes it (after which only addenda change it) and closes it. Every write is audited.
 */
@Singleton
public class Inspections {

    /** Statistics' sector when neither the site nor the supplier names one. */
    static final String UNKNOWN_SECTOR = "XX";

    private final InspectionRepositories.Inspections inspections;
    private final InspectionRepositories.Findings findings;
    private final InspectionRepositories.Referrals referrals;
    private final InspectionRepositories.Addenda addenda;
    private final AssistanceDirectory directory;
    private final InspectionRepositories.CorrectiveActions correctiveActions;
    private final SiteRepository sites;
    private final SupplierRepository suppliers;
    private final SupplierAccess supplierAccess;
    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final ApplicationEventPublisher<InspectionCompleted> completions;
    private final Clock clock;

    Inspections(InspectionRepositories.Inspections inspections, InspectionRepositories.Findings findings,
                InspectionRepositories.Referrals referrals, InspectionRepositories.Addenda addenda,
                AssistanceDirectory directory, InspectionRepositories.CorrectiveActions correctiveActions, SiteRepository sites,
                SupplierRepository suppliers, SupplierAccess supplierAccess, AgencyRepository agencies, AuditLog audit,
                ApplicationEventPublisher<InspectionCompleted> completions, Clock clock) {
        this.inspections = inspections;
        this.findings = findings;
        this.referrals = referrals;
        this.addenda = addenda;
        this.directory = directory;
        this.correctiveActions = correctiveActions;
        this.sites = sites;
        this.suppliers = suppliers;
        this.supplierAccess = supplierAccess;
        this.agencies = agencies;
        this.audit = audit;
        this.completions = completions;
        this.clock = clock;
    }

    @Transactional
    Inspection plan(Actor inspector, NewInspection command) {
        Site site = sites.findById(command.siteId())
                .orElseThrow(() -> ProblemException.invalidField("siteId", "no site has id " + command.siteId()));
        checkInterviewed(command.workersPresent(), command.workersInterviewed());
        Instant now = now();
        Inspection inspection = inspections.save(new Inspection(null, site.id(), site.supplierId(), inspector.organisationId(),
                command.visitDate(), command.type(), command.announced(), InspectionStatus.PLANNED, command.workersPresent(),
                command.workersInterviewed(), inspector.name(), null, null, now, now));
        audit.append(inspector, "inspection.plan", "inspection", inspection.id(), null, inspection);
        return inspection;
    }

    /** Its inspectorate, the admin, and the buyers and users of the inspected supplier may read an inspection. */
    Inspection readable(Actor actor, long id) {
        return inspections.findById(id).filter(i -> mayRead(actor, i))
                .orElseThrow(() -> ProblemException.notFound("Inspection " + id));
    }

    /** Referral data is for the referring inspectorate and the admin only. */
    boolean maySeeReferrals(Actor actor, Inspection inspection) {
        return maySeeReferralsOf(actor, inspection.inspectorateId());
    }

    private static boolean maySeeReferralsOf(Actor actor, Long inspectorateId) {
        return actor.is(Role.ADMIN) || (actor.is(Role.INSPECTOR) && actor.belongsTo(inspectorateId));
    }

    /** Of these inspections, those the actor may read, as {@link #readable} decides. */
    public Set<Long> readableAmong(Actor actor, Collection<Long> inspectionIds) {
        if (inspectionIds.isEmpty()) {
            return Set.of();
        }
        // many inspections of one supplier: ask whether the actor reads that supplier once
        java.util.Map<Long, Boolean> readsSupplier = new java.util.HashMap<>();
        return inspections.findByIdIn(inspectionIds).stream()
                .filter(i -> mayRead(actor, i, s -> readsSupplier.computeIfAbsent(s, id -> readsSupplier(actor, id))))
                .map(Inspection::id).collect(Collectors.toSet());
    }

    /** Of these corrective actions, those the actor may read: the actions of findings of inspections it may read. */
    public Set<Long> correctiveActionsReadableAmong(Actor actor, Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return Set.of();
        }
        List<CorrectiveAction> actions = correctiveActions.findByIdIn(actionIds);
        java.util.Map<Long, Long> inspectionOfFinding = findings.findByIdIn(actions.stream().map(CorrectiveAction::findingId)
                .distinct().toList()).stream().collect(Collectors.toMap(Finding::id, Finding::inspectionId));
        Set<Long> readableInspections = readableAmong(actor, Set.copyOf(inspectionOfFinding.values()));
        return actions.stream().filter(a -> readableInspections.contains(inspectionOfFinding.get(a.findingId())))
                .map(CorrectiveAction::id).collect(Collectors.toSet());
    }

    /** Of these referrals, those the actor may read: the referring inspectorate's and the admin's. */
    public Set<Long> referralsReadableAmong(Actor actor, Collection<Long> referralIds) {
        return referralIds.isEmpty() ? Set.of() : referrals.findByIdIn(referralIds).stream()
                .filter(r -> maySeeReferralsOf(actor, r.inspectorateId())).map(Referral::id).collect(Collectors.toSet());
    }

    @Transactional
    Finding addFinding(Actor inspector, long inspectionId, NewFinding command) {
        Inspection inspection = inProgress(inspector, inspectionId);
        Headcount affected = command.workersAffected();
        if (inspection.workersPresent() != null && !affected.within(inspection.workersPresent())) {
            throw ProblemException.invalidField("workersAffected", "exceeds the workers present at the inspection in some"
                    + " sex and age band (present: " + describe(inspection.workersPresent()) + ")");
        }
        if (command.agencyId() != null && !agencies.existsById(command.agencyId())) {
            throw ProblemException.invalidField("agencyId", "no agency in the register has id " + command.agencyId());
        }
        Site site = sites.findById(inspection.siteId()).orElseThrow();
        Finding finding = findings.save(new Finding(null, inspectionId, command.indicator().kind(), command.indicator(),
                command.description().strip(), command.evidenceSource(), command.agencyId(),
                affected.women().under18(), affected.women().from18to24(), affected.women().from25(),
                affected.men().under18(), affected.men().from18to24(), affected.men().from25(),
                statSector(site), site.country(), (short) inspection.visitDate().getYear(), inspection.visitDate(), false,
                inspector.name(), now(), Finding.drawRecordKey()));
        audit.append(inspector, "finding.record", "inspection", inspectionId, null, FindingView.of(finding, List.of()));
        return finding;
    }

    @Transactional
    Referral addReferral(Actor inspector, long inspectionId, NewReferral command) {
        Inspection inspection = inProgress(inspector, inspectionId);
        Headcount people = command.people();
        if (people.total() == 0) {
            throw ProblemException.invalidField("people", "a referral counts at least one person");
        }
        long inspectorate = inspection.inspectorateId();
        AssistanceServiceEntry service = directory.choose(inspectorate, command.serviceId(), null, command.referredOn(),
                "serviceId");
        boolean child = people.hasChildren();
        AssistanceServiceEntry guardian = child || command.guardianServiceId() != null
                ? directory.choose(inspectorate, command.guardianServiceId(), AssistanceService.CHILD_PROTECTION,
                command.referredOn(), "guardianServiceId") : null;
        Referral referral = referrals.save(new Referral(null, inspectionId, inspectorate,
                people.women().under18(), people.women().from18to24(), people.women().from25(),
                people.men().under18(), people.men().from18to24(), people.men().from25(), command.nationality(),
                service.kind(), service.id(), guardian == null ? null : guardian.id(), null, null, child,
                command.referredOn(), inspector.name(), now()));
        // The audit log notes that a referral was made, not its details: they stay with the inspectorate.
        audit.append(inspector, "referral.record", "inspection", inspectionId, null, "referral " + referral.id()
                + (child ? " (urgent: child)" : ""));
        return referral;
    }

    @Transactional
    Inspection complete(Actor inspector, long inspectionId, CompleteInspection command) {
        Inspection inspection = inProgress(inspector, inspectionId);
        LocalDate visit = command.visitDate() != null ? command.visitDate() : inspection.visitDate();
        if (visit.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("visitDate", "a completed visit cannot lie in the future (" + visit + ")");
        }
        Headcount present = command.workersPresent() != null ? command.workersPresent() : inspection.workersPresent();
        Headcount interviewed = command.workersInterviewed() != null ? command.workersInterviewed() : inspection.workersInterviewed();
        if (present == null) {
            throw ProblemException.invalidField("workersPresent", "is required to complete an inspection");
        }
        checkInterviewed(present, interviewed);
        List<Finding> recorded = findings.findByInspectionIdOrderById(inspectionId);
        for (int i = 0; i < recorded.size(); i++) {
            if (!recorded.get(i).affected().within(present)) {
                throw ProblemException.invalidField("workersPresent", "is less than the workers affected by finding "
                        + recorded.get(i).id() + " in some sex and age band");
            }
        }
        Inspection completed = inspections.update(inspection.completed(visit, present, interviewed, inspector.name(), now()));
        findings.publish(inspectionId, visit, (short) visit.getYear());
        audit.append(inspector, "inspection.complete", "inspection", inspectionId, inspection, completed);
        completions.publishEvent(new InspectionCompleted(inspectionId, completed.supplierId(), completed.siteId(), visit));
        return completed;
    }

    @Transactional
    Inspection close(Actor inspector, long inspectionId) {
        Inspection inspection = own(inspector, inspectionId);
        if (inspection.status() != InspectionStatus.COMPLETED) {
            throw ProblemException.illegalTransition("Inspection " + inspectionId + " is " + inspection.status()
                    + "; only a COMPLETED inspection can be closed.", inspection.status() == InspectionStatus.PLANNED
                    ? List.of("complete → COMPLETED") : List.of());
        }
        Inspection closed = inspections.update(inspection.withStatus(InspectionStatus.CLOSED, now()));
        audit.append(inspector, "inspection.close", "inspection", inspectionId, inspection, closed);
        return closed;
    }

    @Transactional
    InspectionAddendum addAddendum(Actor inspector, long inspectionId, String text) {
        Inspection inspection = own(inspector, inspectionId);
        if (inspection.status() == InspectionStatus.PLANNED) {
            throw ProblemException.conflict("Inspection " + inspectionId + " is still in progress: record findings directly;"
                    + " addenda are for completed inspections.");
        }
        InspectionAddendum addendum = addenda.save(new InspectionAddendum(null, inspectionId, text.strip(), inspector.name(), now()));
        audit.append(inspector, "inspection.addendum", "inspection", inspectionId, null, addendum);
        return addendum;
    }

    /** The inspector's own inspection, locked, still PLANNED: the only state in which its record may change. */
    private Inspection inProgress(Actor inspector, long id) {
        Inspection inspection = own(inspector, id);
        if (inspection.status() != InspectionStatus.PLANNED) {
            throw ProblemException.conflict("Inspection " + id + " is " + inspection.status() + " and can no longer change;"
                    + " add what you need as an addendum: POST /api/inspections/" + id + "/addenda");
        }
        return inspection;
    }

    private Inspection own(Actor inspector, long id) {
        return inspections.lockById(id)
                .filter(i -> inspector.is(Role.INSPECTOR) && inspector.belongsTo(i.inspectorateId()))
                .orElseThrow(() -> ProblemException.notFound("Inspection " + id));
    }

    boolean mayRead(Actor actor, Inspection inspection) {
        return mayRead(actor, inspection, supplierId -> readsSupplier(actor, supplierId));
    }

    private static boolean mayRead(Actor actor, Inspection inspection, LongPredicate readsSupplier) {
        if (actor.is(Role.ADMIN) || (actor.is(Role.INSPECTOR) && actor.belongsTo(inspection.inspectorateId()))) {
            return true;
        }
        return (actor.is(Role.AUDITOR) || actor.is(Role.SUPPLIER)) && readsSupplier.test(inspection.supplierId());
    }

    private boolean readsSupplier(Actor actor, long supplierId) {
        try {
            supplierAccess.readable(actor, supplierId);
            return true;
        } catch (ProblemException notVisible) {
            return false;
        }
    }

    private String statSector(Site site) {
        if (site.sector() != null && site.sector().length() >= 2 && Character.isDigit(site.sector().charAt(0))) {
            return site.sector().substring(0, 2);
        }
        Supplier supplier = suppliers.findById(site.supplierId()).orElseThrow();
        return supplier.sectors().stream().filter(s -> s.length() >= 2 && Character.isDigit(s.charAt(0)))
                .map(s -> s.substring(0, 2)).findFirst().orElse(UNKNOWN_SECTOR);
    }

    private static void checkInterviewed(Headcount present, Headcount interviewed) {
        if (present != null && interviewed != null && !interviewed.within(present)) {
            throw ProblemException.invalidField("workersInterviewed", "exceeds the workers present in some sex and age band");
        }
    }

    private static String describe(Headcount h) {
        return "women " + h.women().under18() + "/" + h.women().from18to24() + "/" + h.women().from25()
                + ", men " + h.men().under18() + "/" + h.men().from18to24() + "/" + h.men().from25();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
