package org.clearchain.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Screening hits as reviewers read them. Every read takes the reader's scope: {@code everyone} (admin, inspectors),
 * {@code officer} with its {@code authorityId} (every recruiter's hit and its authority's agencies' hits), or
 * {@code buyerId} (an auditor: the hits on suppliers linked to its organisation); none of them set sees nothing.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ScreeningHitRepository extends GenericRepository<ScreeningHit, Long> {

    String ROW = """
            SELECT h.id, h.status, h.score, h.subject_type, h.subject_id, h.subject_name,
                   COALESCE(s.country, a.country, r.country) AS subject_country, h.matched_name, h.reasons, h.entry_hash,
                   h.decision_reason, h.decided_by, h.decided_at, h.decided_hash, h.raised_at, e.id AS entry_id,
                   l.name AS list_name, l.forced_labour AS list_forced_labour, e.entry_key, e.kind AS entry_kind,
                   e.name AS entry_name, e.aliases AS entry_aliases, e.countries AS entry_countries,
                   e.forced_labour AS entry_forced_labour, e.programme AS entry_programme, e.removed_at AS entry_removed_at,
                   e.content_hash AS entry_content_hash
            FROM screening_hit h JOIN entity_list_entry e ON e.id = h.entry_id JOIN entity_list l ON l.id = e.list_id
            LEFT JOIN supplier s ON h.subject_type = 'SUPPLIER' AND s.id = h.subject_id
            LEFT JOIN agency a ON h.subject_type = 'AGENCY' AND a.id = h.subject_id
            LEFT JOIN unlicensed_recruiter r ON h.subject_type = 'RECRUITER' AND r.id = h.subject_id
            """;

    String IN_SCOPE = """
            (:everyone
             OR :officer AND (h.subject_type = 'RECRUITER'
                 OR h.subject_type = 'AGENCY' AND h.subject_id IN (SELECT id FROM agency WHERE authority_id = :authorityId))
             OR h.subject_type = 'SUPPLIER' AND h.subject_id IN (SELECT supplier_id FROM buyer_link WHERE buyer_id = :buyerId))
            """;

    String FILTERS = """
             AND (:status IS NULL OR h.status = :status) AND (:subjectType IS NULL OR h.subject_type = :subjectType)
             AND (:subjectId IS NULL OR h.subject_id = :subjectId)
            """;

    /** Highest score first. */
    @Query(ROW + "WHERE " + IN_SCOPE + FILTERS + " ORDER BY h.score DESC, h.id LIMIT :limit OFFSET :offset")
    List<HitRow> visible(boolean everyone, boolean officer, @Nullable Long authorityId, @Nullable Long buyerId,
                         @Nullable String status, @Nullable String subjectType, @Nullable Long subjectId, int limit, long offset);

    @Query("SELECT COUNT(*) FROM screening_hit h WHERE " + IN_SCOPE + FILTERS)
    long countVisible(boolean everyone, boolean officer, @Nullable Long authorityId, @Nullable Long buyerId,
                      @Nullable String status, @Nullable String subjectType, @Nullable Long subjectId);

    @Query(ROW + "WHERE " + IN_SCOPE + " AND h.id = :id")
    Optional<HitRow> findVisible(boolean everyone, boolean officer, @Nullable Long authorityId, @Nullable Long buyerId, long id);

    @Query("SELECT h.id FROM screening_hit h WHERE " + IN_SCOPE + " AND h.id IN (:ids)")
    List<Long> visibleAmong(boolean everyone, boolean officer, @Nullable Long authorityId, @Nullable Long buyerId,
                            Collection<Long> ids);

    @Query("SELECT id FROM screening_hit WHERE id = :id FOR UPDATE")
    Optional<Long> lockById(long id);

    /** Decides an open hit on the entry's content as it is now; a decided hit is left as it was. */
    @Query("""
            UPDATE screening_hit h SET status = :status, open_marker = NULL, decision_reason = :reason, decided_by = :by,
                   decided_at = :at, decided_hash = (SELECT content_hash FROM entity_list_entry e WHERE e.id = h.entry_id),
                   updated_at = :at
            WHERE id = :id AND status = 'OPEN'""")
    void decide(long id, String status, @Nullable String reason, String by, Instant at);

    /** The suppliers whose confirmed hits rest on an entry this import job created, changed or removed. */
    @Query("""
            SELECT DISTINCT h.subject_id FROM screening_hit h JOIN entity_list_entry e ON e.id = h.entry_id
            WHERE h.subject_type = 'SUPPLIER' AND h.status = 'CONFIRMED' AND e.changed_job = :jobId""")
    List<Long> confirmedSupplierIdsOnEntriesChangedBy(long jobId);
}
