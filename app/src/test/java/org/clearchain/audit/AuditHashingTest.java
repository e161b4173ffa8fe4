package org.clearchain.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AuditHashingTest {

    private static final String GENESIS = "0".repeat(64);
    private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456Z");

    /**
     * The digest a verifier outside the application computes: {@code printf '%s' '<64 zeros>1:127:2026-11-24T10:15:30.123456Z'
     * '9:licensing15:licence.approve7:licence14:CC-2026-000001-1:2:{}' | sha256sum}, length-prefixed fields, {@code -1:}
     * for a missing one.
     */
    @Test
    void theHashIsSha256OfThePreviousHashAndTheLengthPrefixedEntry() {
        String hash = AuditHashing.hash(GENESIS, 1, AT, "licensing", "licence.approve", "licence", "CC-2026-000001", null, "{}");

        assertEquals("0c4965d6d07df5e899cb08545c121a23fbf308410a3aaf9cf101d68adef2a70a", hash);
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        String hash = AuditHashing.hash(GENESIS, 1, AT, "licensing", "licence.approve", "licence", "1", "a", "b");

        assertNotEquals(hash, AuditHashing.hash("1".repeat(64), 1, AT, "licensing", "licence.approve", "licence", "1", "a", "b"));
        assertNotEquals(hash, AuditHashing.hash(GENESIS, 2, AT, "licensing", "licence.approve", "licence", "1", "a", "b"));
        assertNotEquals(hash, AuditHashing.hash(GENESIS, 1, AT.plusNanos(1000), "licensing", "licence.approve", "licence", "1", "a", "b"));
        assertNotEquals(hash, AuditHashing.hash(GENESIS, 1, AT, "admin", "licence.approve", "licence", "1", "a", "b"));
        assertNotEquals(hash, AuditHashing.hash(GENESIS, 1, AT, "licensing", "licence.approve", "licence", "1", "a", "c"));
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        assertNotEquals(AuditHashing.hash(GENESIS, 1, AT, "ab", "c", "t", "1", null, null),
                AuditHashing.hash(GENESIS, 1, AT, "a", "bc", "t", "1", null, null));
        assertNotEquals(AuditHashing.hash(GENESIS, 1, AT, "a", "b", "t", "1", null, ""),
                AuditHashing.hash(GENESIS, 1, AT, "a", "b", "t", "1", "", null));
    }
}
