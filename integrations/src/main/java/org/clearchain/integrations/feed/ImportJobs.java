package org.clearchain.integrations.feed;

import java.util.List;
import java.util.OptionalLong;

/** Port: where import jobs, their counts and rejected rows are kept. The application implements it. */
public interface ImportJobs {

    /** Starts a job, or takes over the queued one named by the request. */
    long start(ImportRequest request);

    /** The earlier job that imported this very file successfully, if any. */
    OptionalLong succeededWith(String feed, String checksum);

    /** Marks the job as a repeat of {@code earlierJobId}: nothing was imported. */
    void duplicate(long jobId, long earlierJobId);

    void progress(long jobId, ImportCounts counts, List<RejectedRow> newlyRejected);

    void succeeded(long jobId, ImportCounts counts);

    void failed(long jobId, ImportCounts counts, String reason);
}
