package org.clearchain.licence;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.clearchain.cluster.ClusterLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Records EXPIRED (actor {@code system}) for every ACTIVE licence whose end date has passed. Public
 * verification already answers by the date; this makes the register's status and events say so too. Runs on one
 * instance of the cluster, the holder of the lease {@value #LEASE}.
 */
@Singleton
public class LicenceExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(LicenceExpiryJob.class);
    static final String LEASE = "licence-expiry";
    private static final int BATCH = 500;

    private final LicenceRepository licences;
    private final LicenceRegister register;
    private final Clock clock;
    private final ClusterLeases leases;

    LicenceExpiryJob(LicenceRepository licences, LicenceRegister register, Clock clock, ClusterLeases leases) {
        this.licences = licences;
        this.register = register;
        this.clock = clock;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "${clearchain.licences.expiry-check-interval:1h}",
            initialDelay = "${clearchain.licences.expiry-check-initial-delay:30s}")
    /** @return whether the run happened here, on the lease's holder */
    boolean scheduled() {
        return leases.runIfLeader(LEASE, () -> {
            int expired = expireDue();
            if (expired > 0) {
                LOG.info("Expired {} licence(s) whose validity ended", expired);
            }
        });
    }

    /** @return how many licences were moved to EXPIRED */
    public int expireDue() {
        int expired = 0;
        List<String> due = licences.findNumbersDueToExpire(LocalDate.now(clock), BATCH);
        while (!due.isEmpty()) {
            for (String number : due) {
                // One transaction per licence: an officer's concurrent move waits on the row, never on the batch.
                if (register.expireIfDue(number)) {
                    expired++;
                }
            }
            due = due.size() < BATCH ? List.of() : licences.findNumbersDueToExpire(LocalDate.now(clock), BATCH);
        }
        return expired;
    }
}
