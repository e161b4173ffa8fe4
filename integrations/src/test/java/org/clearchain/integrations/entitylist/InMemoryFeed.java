package org.clearchain.integrations.entitylist;

import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.ImportJobs;
import org.clearchain.integrations.feed.ImportRequest;
import org.clearchain.integrations.feed.RejectedRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Import jobs and an entity-list sink kept in memory, to watch what the feed does with a file. */
final class InMemoryFeed implements ImportJobs, EntityListSink {

    record Job(ImportRequest request, String status, ImportCounts counts, String reason, List<RejectedRow> rejected) { }

    private final AtomicLong ids = new AtomicLong();
    final Map<Long, Job> jobs = new HashMap<>();
    final List<ListedEntry> entries = new CopyOnWriteArrayList<>();
    final List<ImportCounts> finished = new CopyOnWriteArrayList<>();

    @Override
    public synchronized long start(ImportRequest request) {
        long id = request.queuedJobId() != null ? request.queuedJobId() : ids.incrementAndGet();
        jobs.put(id, new Job(request, "RUNNING", ImportCounts.NONE, null, new ArrayList<>()));
        return id;
    }

    @Override
    public synchronized OptionalLong succeededWith(String feed, String checksum) {
        return jobs.entrySet().stream().filter(e -> "SUCCEEDED".equals(e.getValue().status())
                        && checksum.equals(e.getValue().request().checksum()))
                .mapToLong(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized void duplicate(long jobId, long earlierJobId) {
        update(jobId, "DUPLICATE", ImportCounts.NONE, "duplicate of " + earlierJobId);
    }

    @Override
    public synchronized void progress(long jobId, ImportCounts counts, List<RejectedRow> newlyRejected) {
        Job job = jobs.get(jobId);
        job.rejected().addAll(newlyRejected);
        jobs.put(jobId, new Job(job.request(), job.status(), counts, null, job.rejected()));
    }

    @Override
    public synchronized void succeeded(long jobId, ImportCounts counts) {
        update(jobId, "SUCCEEDED", counts, null);
    }

    @Override
    public synchronized void failed(long jobId, ImportCounts counts, String reason) {
        update(jobId, "FAILED", counts, reason);
    }

    private void update(long jobId, String status, ImportCounts counts, String reason) {
        Job job = jobs.get(jobId);
        jobs.put(jobId, new Job(job.request(), status, counts, reason, job.rejected()));
    }

    synchronized Job job(long id) {
        return jobs.get(id);
    }

    @Override
    public Writer<ListedEntry> open(ImportContext context) {
        return new Writer<>() {
            @Override
            public BatchOutcome write(List<FeedLine.Accepted<ListedEntry>> batch) {
                batch.forEach(line -> entries.add(line.record()));
                return new BatchOutcome(batch.size(), 0, 0, List.of());
            }

            @Override
            public void finish(ImportCounts counts) {
                finished.add(counts);
            }
        };
    }

    Map<String, ListedEntry> byKey() {
        Map<String, ListedEntry> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.entryKey(), e));
        return byKey;
    }
}
