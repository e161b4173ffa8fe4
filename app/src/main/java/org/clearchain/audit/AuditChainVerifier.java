package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Recomputes the chain from the first sealed entry and names the first one that does not hold. Entries not sealed yet
 * are outside the chain, so {@code GET /api/audit/verify} seals before verifying. Entries and head are read in one
 * snapshot, so a sealer committing meanwhile is seen whole or not at all.
 */
@Singleton
class AuditChainVerifier {

    private static final int CHUNK = 2_000;
    private static final String GENESIS = "0".repeat(64);

    private final AuditRepository repository;

    AuditChainVerifier(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    Verification verify() {
        String expectedPrevious = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        List<AuditEntry> chunk = repository.chunkAfter(0, CHUNK);
        while (!chunk.isEmpty()) {
            for (AuditEntry entry : chunk) {
                String problem = null;
                if (entry.seq() != expectedSeq) {
                    problem = "entry " + expectedSeq + " is missing: the next one found is " + entry.seq();
                } else if (!expectedPrevious.equals(entry.prevHash())) {
                    problem = "its previous hash does not match the hash of entry " + (expectedSeq - 1);
                } else if (!AuditHashing.hashOf(entry).equals(entry.hash())) {
                    problem = "its content does not match its hash: the entry was altered";
                }
                if (problem != null) {
                    return new Verification(false, checked, new Break(entry.seq(), problem));
                }
                expectedPrevious = entry.hash();
                expectedSeq++;
                checked++;
            }
            chunk = repository.chunkAfter(chunk.get(chunk.size() - 1).seq(), CHUNK);
        }
        AuditHead head = repository.head();
        if (head.lastSeq() != checked || !head.lastHash().equals(expectedPrevious)) {
            return new Verification(false, checked, new Break(head.lastSeq(),
                    "the log ends at entry " + checked + " but its head records entry " + head.lastSeq()
                            + ": entries were removed from the end"));
        }
        return new Verification(true, checked, null);
    }

    /** The answer of {@code GET /api/audit/verify}. */
    @Serdeable
    record Verification(boolean valid, long entries, @Nullable Break firstBroken) {
    }

    @Serdeable
    record Break(long seq, String reason) {
    }
}
