package org.clearchain.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AuditHashingTest {

    private static final String GENESIS = "0".repeat(64);
    private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456Z");

    @Test
    void theHashIsSha256OfThePreviousHashAndTheEntry() {
        String hash = AuditHashing.hash(GENESIS, 1, AT, "licensing", "licence.approve", "licence", "CC-2026-000001", null, "{}");

        assertEquals(64, hash.length());
        assertEquals(hash, AuditHashing.hash(GENESIS, 1, AT, "licensing", "licence.approve", "licence", "CC-2026-000001", null, "{}"));
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
