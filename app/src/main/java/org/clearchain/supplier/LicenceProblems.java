package org.clearchain.supplier;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clearchain.cluster.ClusterLeases;
import org.clearchain.common.TransactionRetry;
import org.clearchain.licence.LicenceStatusChanged;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Keeps {@code supplier.licence_problem}: true while an agency the supplier uses is unregistered or has no licence
 * valid today. Lists filter on it, so it is recomputed whenever its inputs change — an agency use is added, a
 * licence moves (inside the mover's transaction, so the list never lags the register) — and hourly for what
 * changes with the date alone (a licence reaching its start date), on the one instance holding the lease
 * {@value #LEASE}.
 */
@Singleton
public class LicenceProblems {

    static final String LEASE = "licence-problems";
    /** Suppliers per UPDATE: below MariaDB's in_predicate_conversion_threshold (1,000), so the IN list stays a key range. */
    private static final int BATCH = 500;

    private final LicenceProblemRepository repository;
    private final Clock clock;
    private final ClusterLeases leases;
    private final TransactionOperations<Connection> transactions;
    private final TransactionRetry retry;

    LicenceProblems(LicenceProblemRepository repository, Clock clock, ClusterLeases leases,
                    TransactionOperations<Connection> transactions, TransactionRetry retry) {
        this.repository = repository;
        this.clock = clock;
        this.leases = leases;
        this.transactions = transactions;
        this.retry = retry;
    }

    void recomputeFor(Collection<Long> supplierIds) {
        List<Long> ids = List.copyOf(supplierIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            repository.recomputeForSuppliers(ids.subList(from, Math.min(ids.size(), from + BATCH)), today());
        }
    }

    @EventListener
    void onLicenceStatusChanged(LicenceStatusChanged event) {
        recomputeFor(repository.suppliersUsingAgency(event.agencyId()));
    }

    @Scheduled(fixedDelay = "${clearchain.suppliers.licence-problem-refresh:1h}", initialDelay = "1m")
    void scheduled() {
        // outside the transaction: the lease commits on its own
        leases.runIfLeader(LEASE, this::recomputeAll);
    }

    /**
     * Every supplier, {@value #BATCH} per transaction, so that no transaction holds the whole table (on a cluster, one
     * that long would conflict with any supplier written meanwhile).
     */
    public void recomputeAll() {
        List<Long> batch = repository.supplierIdsAfter(0, BATCH);
        while (!batch.isEmpty()) {
            List<Long> ids = batch;
            retry.run("LicenceProblems.recomputeAll", () -> transactions.executeWrite(status -> {
                recomputeFor(ids);
                return null;
            }));
            batch = repository.supplierIdsAfter(ids.get(ids.size() - 1), BATCH);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
