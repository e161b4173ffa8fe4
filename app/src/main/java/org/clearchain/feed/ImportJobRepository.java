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

    /** Every feed's jobs, as the pageable sorts and cuts them. */
    List<ImportJob> list(Pageable pageable);

    @Query("SELECT id FROM import_job WHERE feed = :feed AND checksum = :checksum AND status = 'SUCCEEDED' ORDER BY id LIMIT 1")
    Optional<Long> firstSucceeded(String feed, String checksum);

    @Query("SELECT id FROM import_job WHERE id IN (:ids) AND NOT (status = 'FAILED' AND finished_at < :cutoff)")
    List<Long> notFailedBefore(Collection<Long> ids, Instant cutoff);

    /** The queued job starts on this instance: a job taken as stopped meanwhile stays failed (0 rows). */
    @Query("""
            UPDATE import_job SET status = 'RUNNING', checksum = :checksum, bytes = :bytes, started_at = :at,
                owner = :owner, heartbeat_at = :at
            WHERE id = :id AND status = 'QUEUED'""")
    int markRunning(long id, @Nullable String checksum, long bytes, String owner, Instant at);

    @Query("UPDATE import_job SET started_at = queued_at WHERE id = :id")
    void startedWhenQueued(long id);

    @Query("""
            UPDATE import_job SET status = 'DUPLICATE', duplicate_of = :earlierId, finished_at = :at, reason = :reason
            WHERE id = :id AND status IN ('QUEUED', 'RUNNING')""")
    void markDuplicate(long id, long earlierId, Instant at, String reason);

    /** A batch's counts, in the batch's transaction; 0 rows when the job is no longer running (taken as stopped). */
    @Query("""
            UPDATE import_job SET rows_read = :read, rows_created = :created, rows_updated = :updated,
                rows_unchanged = :unchanged, rows_rejected = :rejected, heartbeat_at = :at
            WHERE id = :id AND status = 'RUNNING'""")
    int writeCounts(long id, long read, long created, long updated, long unchanged, long rejected, Instant at);

    /** Only a job not over yet is finished: one the sweeper failed keeps its reason. */
    @Query("""
            UPDATE import_job SET rows_read = :read, rows_created = :created, rows_updated = :updated,
                rows_unchanged = :unchanged, rows_rejected = :rejected, status = :status, reason = :reason, finished_at = :at
            WHERE id = :id AND status IN ('QUEUED', 'RUNNING')""")
    int finish(long id, long read, long created, long updated, long unchanged, long rejected, String status,
               @Nullable String reason, Instant at);

    /** The jobs this instance is running now are alive; a job over (or taken from it) is left alone. */
    @Query("""
            UPDATE import_job SET heartbeat_at = :at
            WHERE id IN (:ids) AND owner = :owner AND status IN ('QUEUED', 'RUNNING')""")
    int beat(Collection<Long> ids, String owner, Instant at);

    /** Every job whose heartbeat stopped before {@code cutoff}, in one statement any instance may run at any time. */
    @Query("""
            UPDATE import_job SET status = 'FAILED', finished_at = :at,
                reason = CONCAT('the instance running this import (', COALESCE(owner, 'unknown'), ') stopped, or lost the',
                    ' database, and has not shown it is still running it for more than ', :timeout, ' (last sign: ',
                    COALESCE(DATE_FORMAT(heartbeat_at, '%Y-%m-%d %H:%i:%s UTC'), 'none'), '); what was written is kept,',
                    ' and a retry (or importing the same file again) completes it')
            WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < :cutoff""")
    int sweep(Instant cutoff, String timeout, Instant at);
}
