package org.clearchain.risk;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.clearchain.declaration.DeclarationSubmitted;
import org.clearchain.inspection.CorrectiveActionVerified;
import org.clearchain.inspection.InspectionCompleted;
import org.clearchain.licence.LicenceStatusChanged;
import org.clearchain.screening.ScreeningDecided;
import org.clearchain.supplier.SupplierChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * What rescores whom. Each listener runs inside the transaction that announced the change, so the score never
 * lags the fact: a licence move rescores every supplier using the agency, an inspection or a verified corrective
 * action its supplier, a declaration its supplier, a screening decision its supplier. A nightly run applies decay to everyone.
 */
@Singleton
class RescoringTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(RescoringTriggers.class);
    private static final int BATCH = 500;

    private final Rescoring rescoring;
    private final RiskSnapshotRepository snapshots;

    RescoringTriggers(Rescoring rescoring, RiskSnapshotRepository snapshots) {
        this.rescoring = rescoring;
        this.snapshots = snapshots;
    }

    @EventListener
    void onLicenceStatusChanged(LicenceStatusChanged event) {
        List<Long> users = snapshots.suppliersUsingAgency(event.agencyId());
        String reason = "licence " + event.number() + " " + event.action().name().toLowerCase();
        for (int from = 0; from < users.size(); from += BATCH) {
            rescoring.rescore(users.subList(from, Math.min(users.size(), from + BATCH)), reason);
        }
    }

    @EventListener
    void onInspectionCompleted(InspectionCompleted event) {
        rescoring.rescore(event.supplierId(), "inspection " + event.inspectionId() + " completed");
    }

    @EventListener
    void onCorrectiveActionVerified(CorrectiveActionVerified event) {
        rescoring.rescore(event.supplierId(), "corrective action " + event.correctiveActionId() + " verified");
    }

    @EventListener
    void onDeclarationSubmitted(DeclarationSubmitted event) {
        rescoring.rescore(event.supplierId(), "declaration " + event.declarationId() + " submitted");
    }

    @EventListener
    void onSupplierChanged(SupplierChanged event) {
        List<Long> ids = event.supplierIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            rescoring.rescore(ids.subList(from, Math.min(ids.size(), from + BATCH)), event.reason());
        }
    }

    @EventListener
    void onScreeningDecided(ScreeningDecided event) {
        List<Long> ids = event.supplierIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            rescoring.rescore(ids.subList(from, Math.min(ids.size(), from + BATCH)), event.reason());
        }
    }

    /** Decay and dates (an overdue request, a finding leaving its window) change scores with no event. */
    @Scheduled(cron = "${clearchain.risk.nightly-cron:0 30 1 * * *}")
    void nightly() {
        int count = rescoreAll("nightly decay");
        LOG.info("Nightly rescoring of {} supplier(s) done", count);
    }

    int rescoreAll(String reason) {
        int count = 0;
        List<Long> ids = snapshots.supplierIdsAfter(0, BATCH);
        while (!ids.isEmpty()) {
            count += rescoring.rescore(ids, reason).size();
            ids = snapshots.supplierIdsAfter(ids.get(ids.size() - 1), BATCH);
        }
        return count;
    }
}
