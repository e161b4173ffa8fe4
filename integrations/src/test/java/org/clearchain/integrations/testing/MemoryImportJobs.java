package org.clearchain.integrations.testing;

import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.ImportJobs;
import org.clearchain.integrations.feed.ImportRequest;
import org.clearchain.integrations.feed.RejectedRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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

    @Override
    public synchronized void progress(long jobId, ImportCounts counts, List<RejectedRow> newlyRejected) {
        Job job = jobs.get(jobId);
        job.counts = counts;
        job.rejected.addAll(newlyRejected);
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
