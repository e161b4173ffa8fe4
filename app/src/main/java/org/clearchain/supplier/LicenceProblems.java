package org.clearchain.supplier;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.cluster.ClusterLeases;
import org.clearchain.licence.LicenceStatusChanged;

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

    private final LicenceProblemRepository repository;
    private final Clock clock;
    private final ClusterLeases leases;

    LicenceProblems(LicenceProblemRepository repository, Clock clock, ClusterLeases leases) {
        this.repository = repository;
        this.clock = clock;
        this.leases = leases;
    }

    void recomputeFor(Collection<Long> supplierIds) {
        if (!supplierIds.isEmpty()) {
            repository.recomputeForSuppliers(List.copyOf(supplierIds), today());
        }
    }

    @EventListener
    void onLicenceStatusChanged(LicenceStatusChanged event) {
        repository.recomputeForAgency(event.agencyId(), today());
    }

    @Scheduled(fixedDelay = "${clearchain.suppliers.licence-problem-refresh:1h}", initialDelay = "1m")
    void scheduled() {
        // outside the transaction: the lease commits on its own
        leases.runIfLeader(LEASE, this::recomputeAll);
    }

    @Transactional
    public void recomputeAll() {
        repository.recomputeAll(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
