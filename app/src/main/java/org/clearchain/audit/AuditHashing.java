package org.clearchain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * {@code hash = sha256(previous hash + entry)}, where the entry is written field by field with each field's
 * length in front, so no two different entries can read the same.
 */
final class AuditHashing {

    private AuditHashing() {
    }

    static String hash(String previousHash, long seq, Instant occurredAt, String actor, String action,
                       String entityType, String entityId, String before, String after) {
        StringBuilder canonical = new StringBuilder(previousHash);
        for (String field : new String[]{Long.toString(seq), occurredAt.toString(), actor, action, entityType,
                entityId, before, after}) {
            if (field == null) {
                canonical.append("-1:");
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The hash a sealed entry must carry. */
    static String hashOf(AuditEntry e) {
        return hashOf(e, e.seq(), e.prevHash());
    }

    /** The hash of an entry placed at {@code seq}, after the entry whose hash is {@code previousHash}. */
    static String hashOf(AuditEntry e, long seq, String previousHash) {
        return hash(previousHash, seq, e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.beforeSummary(), e.afterSummary());
    }
}
