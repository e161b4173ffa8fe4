package org.clearchain.integrations.testing;

import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.ImportJobs;
import org.clearchain.integrations.feed.ImportRequest;
import org.clearchain.integrations.feed.JobStoppedException;
import org.clearchain.integrations.feed.RejectedRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Import jobs kept in memory, for route tests that run without the application. */
public final class MemoryImportJobs implements ImportJobs {

    /** A job as a test reads it. */
    public static final class Job {
        public final ImportRequest request;
        public volatile String status = "RUNNING";
        public volatile ImportCounts counts = ImportCounts.NONE;
        public volatile String reason;
        public final List<RejectedRow> rejected = new ArrayList<>();

        Job(ImportRequest request) {
            this.request = request;
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    public Job job(long id) {
        return jobs.get(id);
    }

    public int count() {
        return jobs.size();
    }

    /** The one job a test expects. */
    public Job only() {
        if (jobs.size() != 1) {
            throw new AssertionError("expected one job, found " + jobs.size());
        }
        return jobs.values().iterator().next();
    }

    @Override
    public long start(ImportRequest request) {
        long id = request.queuedJobId() != null ? request.queuedJobId() : ids.incrementAndGet();
        jobs.put(id, new Job(request));
        return id;
    }

    @Override
    public OptionalLong succeededWith(String feed, String checksum) {
        return jobs.entrySet().stream()
                .filter(e -> "SUCCEEDED".equals(e.getValue().status) && e.getValue().request.feed().equals(feed)
                        && checksum.equals(e.getValue().request.checksum()))
                .mapToLong(Map.Entry::getKey).min();
    }

    @Override
    public void duplicate(long jobId, long earlierJobId) {
        jobs.get(jobId).status = "DUPLICATE";
    }

    /** As one transaction would: the counts are kept only when the batch was written. */
    @Override
    public synchronized BatchProgress writeBatch(long jobId, Supplier<BatchProgress> batch) {
        Job job = jobs.get(jobId);
        if (!"RUNNING".equals(job.status)) {
            throw new JobStoppedException("import job " + jobId + " is " + job.status);
        }
        BatchProgress done = batch.get();
        job.counts = done.counts();
        job.rejected.addAll(done.newlyRejected());
        return done;
    }

    /** Jobs this instance no longer runs. */
    public final java.util.Set<Long> released = ConcurrentHashMap.newKeySet();

    @Override
    public void released(long jobId) {
        released.add(jobId);
    }

    @Override
    public void succeeded(long jobId, ImportCounts counts) {
        jobs.get(jobId).counts = counts;
        jobs.get(jobId).status = "SUCCEEDED";
    }

    @Override
    public void failed(long jobId, ImportCounts counts, String reason) {
        jobs.get(jobId).counts = counts;
        jobs.get(jobId).reason = reason;
        jobs.get(jobId).status = "FAILED";
    }
}
