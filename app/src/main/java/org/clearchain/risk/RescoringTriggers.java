package org.clearchain.risk;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.clearchain.cluster.ClusterLeases;
import org.clearchain.complaint.ComplaintSubstantiated;
import org.clearchain.declaration.DeclarationSubmitted;
import org.clearchain.inspection.CorrectiveActionVerified;
import org.clearchain.inspection.InspectionCompleted;
import org.clearchain.integrations.text.Ellipsis;
import org.clearchain.licence.LicenceStatusChanged;
import org.clearchain.reference.ReferenceEditionLoaded;
import org.clearchain.screening.ScreeningDecided;
import org.clearchain.screening.ScreeningHitsRaised;
import org.clearchain.supplier.SupplierChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What rescores whom. Each listener runs inside the transaction that announced the change, so the score never
 * lags the fact: a licence move rescores every supplier using the agency, an inspection or a verified corrective
 * action its supplier, a declaration its supplier, a screening decision its supplier. A nightly run applies decay to everyone,
 * on the one instance holding the lease {@value #NIGHTLY_LEASE}. A new reference edition
 * touches everyone: that rescoring starts once the edition is committed and runs in the background, one edition
 * after the other, since it takes a while on a large portfolio.
 */
@Singleton
class RescoringTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(RescoringTriggers.class);
    /**
     * Suppliers per read and write, and the batch RiskBench reads its baseline in, so both read alike. 1,000 measured
     * slower (a full rescoring with nothing changed took 7.7 s instead of 4.6 s), probably because MariaDB turns an IN
     * list of 1,000 values or more into a subquery ({@code in_predicate_conversion_threshold}).
     */
    static final int BATCH = 500;
    static final String NIGHTLY_LEASE = "nightly-rescoring";
    private static final int WRITERS = 2;

    private final Rescoring rescoring;
    private final RiskSnapshotRepository snapshots;

    private final ReferenceEditions editions;
    private final ClusterLeases leases;
    private final ExecutorService everyoneAfterAnEdition = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rescoring-after-reference-edition");
        thread.setDaemon(true);
        return thread;
    });

    RescoringTriggers(Rescoring rescoring, RiskSnapshotRepository snapshots, ReferenceEditions editions, ClusterLeases leases) {
        this.rescoring = rescoring;
        this.snapshots = snapshots;
        this.editions = editions;
        this.leases = leases;
    }

    @EventListener
    void onLicenceStatusChanged(LicenceStatusChanged event) {
        List<Long> users = snapshots.suppliersUsingAgency(event.agencyId());
        String reason = "licence " + event.number() + " " + event.action().name().toLowerCase();
        rescoreInBatches(users, reason);
    }

    /** A substantiated fee complaint raises the agency's score, and so every supplier using it. */
    @EventListener
    void onComplaintSubstantiated(ComplaintSubstantiated event) {
        List<Long> users = snapshots.suppliersUsingAgency(event.agencyId());
        String reason = "complaint " + event.complaintId() + " against agency " + event.agencyId() + " substantiated";
        rescoreInBatches(users, reason);
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
        rescoreInBatches(ids, event.reason());
    }

    @TransactionalEventListener
    void onReferenceEditionLoaded(ReferenceEditionLoaded event) {
        String reason = "reference edition " + event.dataset() + " " + event.edition() + " loaded";
        String shortReason = Ellipsis.cut(reason, 100);
        everyoneAfterAnEdition.execute(() -> {
            try {
                editions.reload();
                int count = rescoreAll(shortReason);
                LOG.info("Rescored {} supplier(s) after {}", count, reason);
            } catch (RuntimeException e) {
                LOG.error("Rescoring after {} stopped; the nightly run catches up", reason, e);
            }
        });
    }

    @PreDestroy
    void stop() {
        everyoneAfterAnEdition.shutdownNow();
    }

    @EventListener
    void onScreeningDecided(ScreeningDecided event) {
        List<Long> ids = event.supplierIds();
        rescoreInBatches(ids, event.reason());
    }

    /** A new hit is a possible listing awaiting review: the supplier's risk shows it at once, with no points. */
    @EventListener
    void onScreeningHitsRaised(ScreeningHitsRaised event) {
        rescoreInBatches(event.supplierIds(), event.reason());
    }

    private void rescoreInBatches(List<Long> supplierIds, String reason) {
        for (int from = 0; from < supplierIds.size(); from += BATCH) {
            rescoring.rescore(supplierIds.subList(from, Math.min(supplierIds.size(), from + BATCH)), reason);
        }
    }

    /** Decay and dates (an overdue request, a finding leaving its window) change scores with no event. */
    @Scheduled(cron = "${clearchain.risk.nightly-cron:0 30 1 * * *}")
    void nightly() {
        leases.runIfLeader(NIGHTLY_LEASE, () -> {
            int count = rescoreAll("nightly decay");
            LOG.info("Nightly rescoring of {} supplier(s) done", count);
        });
    }

    /**
     * Every supplier, a batch at a time, each batch in its own transactions: batches' snapshots are written on two
     * writer threads while the next batch is read and assessed. A first scoring writes a snapshot for everyone, and
     * the writing (JSON, packing, insert, score beside the supplier) took longer than the reading: with one writer the
     * reader waited for it. Batches hold different suppliers, so two writes never touch the same rows. At most two
     * writes are in flight, they are waited for in order, and a failed one stops the run.
     */
    int rescoreAll(String reason) {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> new Thread(r, "rescoring-writer"));
        try {
            int count = 0;
            Deque<Future<?>> writing = new ArrayDeque<>();
            List<Long> ids = snapshots.supplierIdsAfter(0, BATCH);
            while (!ids.isEmpty()) {
                Rescoring.Scored scored = rescoring.score(ids, reason);
                count += scored.assessments().size();
                if (writing.size() == WRITERS) {
                    finish(writing.removeFirst());
                }
                writing.addLast(writers.submit(() -> rescoring.write(scored)));
                ids = snapshots.supplierIdsAfter(ids.get(ids.size() - 1), BATCH);
            }
            while (!writing.isEmpty()) {
                finish(writing.removeFirst());
            }
            return count;
        } finally {
            writers.shutdownNow();
        }
    }

    private static void finish(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing risk snapshots", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
