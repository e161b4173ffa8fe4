package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Appends to and reads the audit log. It has no update or delete for entries, on purpose. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("SELECT * FROM audit_head WHERE id = 1 FOR UPDATE")
    AuditHead lockHead();

    @Query("SELECT * FROM audit_head WHERE id = 1")
    AuditHead head();

    @Query("UPDATE audit_head SET last_seq = :lastSeq, last_hash = :lastHash WHERE id = 1")
    void moveHead(long lastSeq, String lastHash);

    @Query("SELECT * FROM audit_entry WHERE seq > :afterSeq ORDER BY seq LIMIT :limit")
    List<AuditEntry> chunkAfter(long afterSeq, int limit);

    @Query("""
            SELECT * FROM audit_entry
            WHERE (:entityType IS NULL OR entity_type = :entityType)
              AND (:entityId IS NULL OR entity_id = :entityId)
            ORDER BY seq DESC LIMIT :limit OFFSET :offset""")
    List<AuditEntry> search(@Nullable String entityType, @Nullable String entityId, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM audit_entry
            WHERE (:entityType IS NULL OR entity_type = :entityType)
              AND (:entityId IS NULL OR entity_id = :entityId)""")
    long count(@Nullable String entityType, @Nullable String entityId);
}
