package org.clearchain.feed;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.common.InstanceId;
import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.ImportJobs;
import org.clearchain.integrations.feed.ImportRequest;
import org.clearchain.integrations.feed.JobStoppedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.clearchain.integrations.text.Ellipsis.cut;

/**
 * Keeps import jobs. Each call is its own short transaction, apart from the import's batches, which write their
 * counts and rejected rows in the batch's own transaction: a job's progress stays visible while the file is read, a
 * failed batch still leaves a job that says so, and a job never says fewer rows than are stored.
 * <p>
 * A job is owned by the instance that queued or started it, which holds it in memory until the import is over;
 * {@link JobHeartbeats} refreshes the heartbeat of the jobs held and fails those whose heartbeat stopped anywhere.
 */
@Singleton
public class ImportJobStore implements ImportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobStore.class);

    private final ImportJobRepository jobs;
    private final ImportRejectionRepository rejections;
    private final Clock clock;
    private final String owner;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();

    ImportJobStore(ImportJobRepository jobs, ImportRejectionRepository rejections, Clock clock, InstanceId instance) {
        this.jobs = jobs;
        this.rejections = rejections;
        this.clock = clock;
        this.owner = instance.value();
    }

    /** Creates a job before its file is read, so an upload can answer with it at once. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public long queue(String feed, String fileName, long bytes, Long organisationId, String createdBy) {
        long id = jobs.save(ImportJob.queued(feed, "UPLOAD", cut(fileName, 255), null, bytes, organisationId,
                ImportJobStatus.QUEUED, createdBy, owner, clock.instant())).id();
        held.add(id);
        return id;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public long start(ImportRequest request) {
        if (request.queuedJobId() != null) {
            long id = request.queuedJobId();
            held.add(id);
            if (jobs.markRunning(id, request.checksum(), request.bytes(), owner, clock.instant()) == 0) {
                held.remove(id);
                throw new JobStoppedException("import job " + id + " is no longer queued (taken as stopped while it"
                        + " waited); retry it to import its file");
            }
            return id;
        }
        long id = jobs.save(ImportJob.queued(request.feed(), request.source().name(), cut(request.fileName(), 255),
                request.checksum(), request.bytes(), request.organisationId(), ImportJobStatus.RUNNING,
                "feed:" + request.feed(), owner, clock.instant())).id();
        jobs.startedWhenQueued(id);
        held.add(id);
        return id;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public OptionalLong succeededWith(String feed, String checksum) {
        return jobs.firstSucceeded(feed, checksum).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void duplicate(long jobId, long earlierJobId) {
        jobs.markDuplicate(jobId, earlierJobId, clock.instant(),
                "the same file was imported by job " + earlierJobId + "; nothing was imported again");
    }

    /**
     * The batch runs inside this transaction: every sink writes with {@code @Transactional} (REQUIRED) on the
     * transaction's connection (LOAD DATA LOCAL INFILE included), so its rows, the job's counts and the rejected rows
     * commit or roll back together.
     */
    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public BatchProgress writeBatch(long jobId, Supplier<BatchProgress> batch) {
        BatchProgress done = batch.get();
        ImportCounts counts = done.counts();
        // written last, so the job's row is locked only briefly; a job taken as stopped meanwhile refuses the batch
        if (jobs.writeCounts(jobId, counts.read(), counts.created(), counts.updated(), counts.unchanged(),
                counts.rejected(), clock.instant()) == 0) {
            throw new JobStoppedException("import job " + jobId + " was taken as stopped (its heartbeat was not seen in"
                    + " time) and is failed already; this batch was not written, and a retry completes the job");
        }
        if (!done.newlyRejected().isEmpty()) {
            rejections.saveAll(done.newlyRejected().stream()
                    .map(row -> new ImportRejection(null, jobId, row.line(), cut(row.reason(), 1000), row.raw())).toList());
        }
        return done;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void succeeded(long jobId, ImportCounts counts) {
        finish(jobId, counts, ImportJobStatus.SUCCEEDED, null);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void failed(long jobId, ImportCounts counts, String reason) {
        finish(jobId, counts, ImportJobStatus.FAILED, reason);
    }

    @Override
    public void released(long jobId) {
        held.remove(jobId);
    }

    /** Whether this instance is running (or has queued) the job now. */
    public boolean holds(long jobId) {
        return held.contains(jobId);
    }

    /** The held jobs are alive: their heartbeat is now. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public int beat() {
        List<Long> ids = List.copyOf(held);
        return ids.isEmpty() ? 0 : jobs.beat(ids, owner, clock.instant());
    }

    /** Fails every queued or running job, of any instance, whose heartbeat is older than {@code timeout}. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public int sweep(Duration timeout) {
        Instant now = clock.instant();
        return jobs.sweep(now.minus(timeout), describe(timeout), now);
    }

    String owner() {
        return owner;
    }

    private void finish(long jobId, ImportCounts counts, ImportJobStatus status, String reason) {
        Instant at = clock.instant();
        if (jobs.finish(jobId, counts.read(), counts.created(), counts.updated(), counts.unchanged(), counts.rejected(),
                status.name(), reason == null ? null : cut(reason, 2000), at) == 0) {
            LOG.warn("Import job {} was over already (taken as stopped?): it stays so rather than become {}", jobId, status);
        }
    }

    private static String describe(Duration timeout) {
        long seconds = timeout.toSeconds();
        return seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
    }
}
