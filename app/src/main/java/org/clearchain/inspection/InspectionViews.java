package org.clearchain.inspection;

import jakarta.inject.Singleton;
import org.clearchain.security.Actor;
import org.clearchain.supplier.SupplierAccess;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inspections as a reader may see them, for the API and for reports alike: findings with their corrective
 * actions, addenda, and referrals only for the referring inspectorate and the admin.
 */
@Singleton
public class InspectionViews {

    private final Inspections inspections;
    private final InspectionRepositories.Inspections records;
    private final InspectionRepositories.Findings findings;
    private final InspectionRepositories.Referrals referrals;
    private final InspectionRepositories.Addenda addenda;
    private final InspectionRepositories.CorrectiveActions actions;
    private final SupplierAccess supplierAccess;
    private final AssistanceDirectory directory;

    InspectionViews(Inspections inspections, InspectionRepositories.Inspections records,
                    InspectionRepositories.Findings findings, InspectionRepositories.Referrals referrals,
                    InspectionRepositories.Addenda addenda, InspectionRepositories.CorrectiveActions actions,
                    SupplierAccess supplierAccess, AssistanceDirectory directory) {
        this.inspections = inspections;
        this.records = records;
        this.findings = findings;
        this.referrals = referrals;
        this.addenda = addenda;
        this.actions = actions;
        this.supplierAccess = supplierAccess;
        this.directory = directory;
    }

    /** One inspection the actor may read; 404 otherwise. */
    public InspectionView of(Actor actor, long id) {
        return view(actor, inspections.readable(actor, id));
    }

    /**
     * The inspections of a supplier the actor may read, newest visit first. Inspectors see their own
     * inspectorate's; buyers, the supplier's users and the admin see all of them.
     */
    public List<InspectionView> ofSupplier(Actor actor, long supplierId) {
        supplierAccess.readable(actor, supplierId);
        List<Inspection> found = records.findBySupplierNewestFirst(supplierId).stream()
                .filter(i -> inspections.mayRead(actor, i)).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Finding>> findingsByInspection = findings.findByInspectionIdInOrderById(
                found.stream().map(Inspection::id).toList()).stream().collect(Collectors.groupingBy(Finding::inspectionId));
        Map<Long, List<CorrectiveAction>> actionsByFinding = actionsOf(findingsByInspection.values().stream()
                .flatMap(List::stream).toList());
        return found.stream().map(i -> new InspectionView(i,
                findingViews(findingsByInspection.getOrDefault(i.id(), List.of()), actionsByFinding),
                referralViews(actor, i), addenda.findByInspectionIdOrderById(i.id()))).toList();
    }

    private InspectionView view(Actor actor, Inspection inspection) {
        List<Finding> recorded = findings.findByInspectionIdOrderById(inspection.id());
        return new InspectionView(inspection, findingViews(recorded, actionsOf(recorded)), referralViews(actor, inspection),
                addenda.findByInspectionIdOrderById(inspection.id()));
    }

    private Map<Long, List<CorrectiveAction>> actionsOf(List<Finding> recorded) {
        return recorded.isEmpty() ? Map.of()
                : actions.findByFindingIdInOrderById(recorded.stream().map(Finding::id).toList()).stream()
                .collect(Collectors.groupingBy(CorrectiveAction::findingId));
    }

    private static List<FindingView> findingViews(List<Finding> recorded, Map<Long, List<CorrectiveAction>> actionsByFinding) {
        return recorded.stream().map(f -> FindingView.of(f, actionsByFinding.getOrDefault(f.id(), List.of()))).toList();
    }

    private List<ReferralView> referralViews(Actor actor, Inspection inspection) {
        if (!inspections.maySeeReferrals(actor, inspection)) {
            return null;
        }
        List<Referral> made = referrals.findByInspectionIdOrderById(inspection.id());
        Map<Long, AssistanceServiceEntry> services = directory.byId(made.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.serviceId(), r.guardianServiceId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return made.stream().map(r -> ReferralView.of(r, services)).toList();
    }
}
