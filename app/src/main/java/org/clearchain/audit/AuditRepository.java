package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * Appends to and reads the audit log. It has no update or delete for entries, on purpose: the one write after the
 * insert is the sealer's, filling an unsealed entry's place in the chain once.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** Only the sealer takes this lock: writers never touch the head. */
    @Query("SELECT * FROM audit_head WHERE id = 1 FOR UPDATE")
    AuditHead lockHead();

    @Query("SELECT * FROM audit_head WHERE id = 1")
    AuditHead head();

    @Query("UPDATE audit_head SET last_seq = :lastSeq, last_hash = :lastHash WHERE id = 1")
    void moveHead(long lastSeq, String lastHash);

    /** Committed entries not yet in the chain, oldest first: a plain read, so it locks nothing a writer needs. */
    @Query("SELECT * FROM audit_entry WHERE seq IS NULL ORDER BY id LIMIT :limit")
    List<AuditEntry> unsealed(int limit);

    /**
     * Places an unsealed entry in the chain; 0 if it was sealed already. By the primary key: through the seq index
     * (which the optimiser sometimes picks for "seq IS NULL") it would lock the unsealed entries' range and stop every
     * writer's insert until the sealer commits.
     */
    @Query("UPDATE audit_entry FORCE INDEX (PRIMARY) SET seq = :seq, prev_hash = :prevHash, hash = :hash WHERE id = :id AND seq IS NULL")
    long seal(long id, long seq, String prevHash, String hash);

    @Query("SELECT * FROM audit_entry WHERE seq > :afterSeq ORDER BY seq LIMIT :limit")
    List<AuditEntry> chunkAfter(long afterSeq, int limit);

    /** Newest first by id, the order writes appended their entries: an entry keeps its place when it is sealed. */
    @Query("""
            SELECT * FROM audit_entry
            WHERE (:entityType IS NULL OR entity_type = :entityType)
              AND (:entityId IS NULL OR entity_id = :entityId)
            ORDER BY id DESC LIMIT :limit OFFSET :offset""")
    List<AuditEntry> search(@Nullable String entityType, @Nullable String entityId, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM audit_entry
            WHERE (:entityType IS NULL OR entity_type = :entityType)
              AND (:entityId IS NULL OR entity_id = :entityId)""")
    long count(@Nullable String entityType, @Nullable String entityId);
}
