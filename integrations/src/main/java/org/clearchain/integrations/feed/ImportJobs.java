package org.clearchain.integrations.feed;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Port: where import jobs, their counts and rejected rows are kept. The application implements it. A job is owned by
 * the instance running it, which keeps its heartbeat going from {@link #start} until {@link #released}; a job whose
 * heartbeat stopped is taken as stopped (failed) by any instance.
 */
public interface ImportJobs {

    /** Starts a job, or takes over the queued one named by the request. */
    long start(ImportRequest request);

    /** The earlier job that imported this very file successfully, if any. */
    OptionalLong succeededWith(String feed, String checksum);

    /** Marks the job as a repeat of {@code earlierJobId}: nothing was imported. */
    void duplicate(long jobId, long earlierJobId);

    /**
     * Writes one batch and the job's counts in one transaction: {@code batch} writes the records (the sink's
     * transaction joins this one) and answers the job's totals after it with the rows it rejected, which are kept in
     * the same transaction — so after any fault the job says exactly what is stored. The job's heartbeat is refreshed
     * too. A job that is no longer running (taken as stopped) refuses the batch with {@link JobStoppedException},
     * and nothing of it is written.
     */
    BatchProgress writeBatch(long jobId, Supplier<BatchProgress> batch);

    void succeeded(long jobId, ImportCounts counts);

    void failed(long jobId, ImportCounts counts, String reason);

    /** This instance no longer runs the job, however it ended (even when it could not be marked so): its heartbeat stops. */
    void released(long jobId);

    /** What one batch did: the sink's outcome, the job's totals after it, and every row it rejected (format and sink). */
    record BatchProgress(BatchOutcome outcome, ImportCounts counts, List<RejectedRow> newlyRejected) {

        public BatchProgress {
            newlyRejected = List.copyOf(newlyRejected);
        }
    }
}
