package org.clearchain.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clearchain.common.TransactionRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.List;

/**
 * Gives committed entries their place in the chain: in id order, each gets the next {@code seq}, the previous entry's
 * hash and its own, and the head moves to the last. Writers never take part, so no write waits on another for the log;
 * the chain's order is the order of sealing, and an entry committed late (a long transaction, or a lower id from
 * another cluster node) simply gets a later {@code seq}.
 *
 * <p>Sealers exclude each other through the {@code audit_head} row lock, which only they take. Two sealers at once are
 * harmless: on one server the second waits for the first, then finds those entries sealed; across cluster nodes the
 * loser's transaction fails certification, is rolled back whole, and the batch is tried again.
 */
@Singleton
public class AuditSealer {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    private static final TransactionDefinition OWN_TRANSACTION = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final AuditRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final TransactionRetry retry;
    private final int batchSize;
    /** So an outage is logged once, not every tick. */
    private volatile boolean failing;

    AuditSealer(AuditRepository repository, TransactionOperations<Connection> transactions, TransactionRetry retry,
                @Value("${clearchain.audit.seal-batch-size:1000}") int batchSize) {
        this.repository = repository;
        this.transactions = transactions;
        this.retry = retry;
        if (batchSize < 1) {
            throw new IllegalArgumentException("clearchain.audit.seal-batch-size must be 1 or more, not " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * Seals every entry committed before this call, one transaction per batch.
     *
     * @return how many entries it sealed (none when another sealer got there first)
     */
    public int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = sealBatchRetried();
            total += sealed;
        } while (sealed == batchSize);
        return total;
    }

    @Scheduled(fixedDelay = "${clearchain.audit.seal-interval:1s}", initialDelay = "${clearchain.audit.seal-interval:1s}")
    void sealOnSchedule() {
        try {
            sealPending();
            if (failing) {
                failing = false;
                LOG.info("Audit entries are sealed again");
            }
        } catch (RuntimeException e) {
            // the next tick tries again; the entries stay unsealed, never lost
            if (!failing) {
                failing = true;
                LOG.warn("Audit entries could not be sealed; trying again every tick: {}", e.getMessage());
            } else {
                LOG.debug("Audit entries still could not be sealed", e);
            }
        }
    }

    private int sealBatchRetried() {
        // another sealer at the same moment (another instance, another node) makes this one a deadlock victim or fail
        // certification: the batch runs again whole, as every unit of work does
        return retry.run("AuditSealer.sealBatch", () -> transactions.execute(OWN_TRANSACTION, status -> sealBatch()));
    }

    /** One batch, in the caller's transaction. */
    int sealBatch() {
        AuditHead head = repository.lockHead();
        // A plain read after the lock: it sees every entry committed so far (the transaction's snapshot starts here,
        // after any sealer before us committed) and locks none, so writers inserting meanwhile never wait.
        List<AuditEntry> unsealed = repository.unsealed(batchSize);
        long seq = head.lastSeq();
        String previous = head.lastHash();
        for (AuditEntry entry : unsealed) {
            seq++;
            String hash = AuditHashing.hashOf(entry, seq, previous);
            if (repository.seal(entry.id(), seq, previous, hash) != 1) {
                // only a sealer that ignored the head lock could have been here: roll back rather than fork the chain
                throw new IllegalStateException("Audit entry " + entry.id() + " was sealed by another sealer meanwhile");
            }
            previous = hash;
        }
        if (!unsealed.isEmpty()) {
            repository.moveHead(seq, previous);
        }
        return unsealed.size();
    }
}
