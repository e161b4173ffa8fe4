package org.clearchain.integrations.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Jobs kept in memory, for route tests that run no application. */
public final class InMemoryImportJobs implements ImportJobs {

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
    public final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    @Override
    public long start(ImportRequest request) {
        long id = request.queuedJobId() != null ? request.queuedJobId() : ids.incrementAndGet();
        jobs.put(id, new Job(request));
        return id;
    }

    @Override
    public OptionalLong succeededWith(String feed, String checksum) {
        return jobs.entrySet().stream()
                .filter(e -> e.getValue().status.equals("SUCCEEDED") && feed.equals(e.getValue().request.feed())
                        && checksum.equals(e.getValue().request.checksum()))
                .mapToLong(Map.Entry::getKey).min();
    }

    @Override
    public void duplicate(long jobId, long earlierJobId) {
        jobs.get(jobId).status = "DUPLICATE";
    }

    @Override
    public synchronized void progress(long jobId, ImportCounts counts, List<RejectedRow> newlyRejected) {
        jobs.get(jobId).counts = counts;
        jobs.get(jobId).rejected.addAll(newlyRejected);
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

    public Job only() {
        if (jobs.size() != 1) {
            throw new AssertionError("expected one job, found " + jobs.size());
        }
        return jobs.values().iterator().next();
    }
}
