package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Import jobs: each status change is one statement, so a job's progress is visible while its file is read. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportJobRepository extends CrudRepository<ImportJob, Long> {

    List<ImportJob> findByFeedOrderByIdDesc(String feed, Pageable pageable);

    List<ImportJob> findByFeedAndOrganisationIdOrderByIdDesc(String feed, Long organisationId, Pageable pageable);

    Optional<ImportJob> findFirstByFeedOrderByIdDesc(String feed);

    List<ImportJob> findByOrganisationIdOrderByIdDesc(Long organisationId, Pageable pageable);

    @Query("SELECT id FROM import_job WHERE feed = :feed AND checksum = :checksum AND status = 'SUCCEEDED' ORDER BY id LIMIT 1")
    Optional<Long> firstSucceeded(String feed, String checksum);

    @Query("SELECT id FROM import_job WHERE id IN (:ids) AND NOT (status = 'FAILED' AND finished_at < :cutoff)")
    List<Long> notFailedBefore(Collection<Long> ids, Instant cutoff);

    @Query("UPDATE import_job SET status = 'RUNNING', checksum = :checksum, bytes = :bytes, started_at = :at WHERE id = :id")
    void markRunning(long id, String checksum, long bytes, Instant at);

    @Query("UPDATE import_job SET started_at = queued_at WHERE id = :id")
    void startedWhenQueued(long id);

    @Query("UPDATE import_job SET status = 'DUPLICATE', duplicate_of = :earlierId, finished_at = :at, reason = :reason WHERE id = :id")
    void markDuplicate(long id, long earlierId, Instant at, String reason);

    @Query("""
            UPDATE import_job SET rows_read = :read, rows_created = :created, rows_updated = :updated,
                rows_unchanged = :unchanged, rows_rejected = :rejected WHERE id = :id""")
    void writeCounts(long id, long read, long created, long updated, long unchanged, long rejected);

    @Query("""
            UPDATE import_job SET rows_read = :read, rows_created = :created, rows_updated = :updated,
                rows_unchanged = :unchanged, rows_rejected = :rejected, status = :status, reason = :reason, finished_at = :at
            WHERE id = :id""")
    void finish(long id, long read, long created, long updated, long unchanged, long rejected, String status,
                @Nullable String reason, Instant at);
}
