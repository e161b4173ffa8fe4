package org.clearchain.feed;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.ImportJobs;
import org.clearchain.integrations.feed.ImportRequest;
import org.clearchain.integrations.feed.RejectedRow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import static org.clearchain.integrations.text.Ellipsis.cut;

/**
 * Keeps import jobs. Each call is its own short transaction, apart from the import's batches: a job's
 * progress stays visible while the file is read, and a failed batch still leaves a job that says so.
 */
@Singleton
public class ImportJobStore implements ImportJobs {

    private final ImportJobRepository jobs;
    private final ImportRejectionRepository rejections;
    private final Clock clock;

    ImportJobStore(ImportJobRepository jobs, ImportRejectionRepository rejections, Clock clock) {
        this.jobs = jobs;
        this.rejections = rejections;
        this.clock = clock;
    }

    /** Creates a job before its file is read, so an upload can answer with it at once. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public long queue(String feed, String fileName, long bytes, Long organisationId, String createdBy) {
        return jobs.save(ImportJob.queued(feed, "UPLOAD", cut(fileName, 255), null, bytes, organisationId,
                ImportJobStatus.QUEUED, createdBy, clock.instant())).id();
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public long start(ImportRequest request) {
        if (request.queuedJobId() != null) {
            jobs.markRunning(request.queuedJobId(), request.checksum(), request.bytes(), clock.instant());
            return request.queuedJobId();
        }
        long id = jobs.save(ImportJob.queued(request.feed(), request.source().name(), cut(request.fileName(), 255),
                request.checksum(), request.bytes(), request.organisationId(), ImportJobStatus.RUNNING,
                "feed:" + request.feed(), clock.instant())).id();
        jobs.startedWhenQueued(id);
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

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void progress(long jobId, ImportCounts counts, List<RejectedRow> newlyRejected) {
        jobs.writeCounts(jobId, counts.read(), counts.created(), counts.updated(), counts.unchanged(), counts.rejected());
        if (!newlyRejected.isEmpty()) {
            rejections.saveAll(newlyRejected.stream()
                    .map(row -> new ImportRejection(null, jobId, row.line(), cut(row.reason(), 1000), row.raw())).toList());
        }
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

    private void finish(long jobId, ImportCounts counts, ImportJobStatus status, String reason) {
        Instant at = clock.instant();
        jobs.finish(jobId, counts.read(), counts.created(), counts.updated(), counts.unchanged(), counts.rejected(),
                status.name(), reason == null ? null : cut(reason, 2000), at);
    }
}
