package org.clearchain.integrations.feed;

import org.clearchain.integrations.agencyregister.AgencyRegisterFormat;
import org.clearchain.integrations.agencyregister.RegisteredLicence;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The importer's side of jobs that survive faults: it lets go of every job it started however the job ended (so its
 * heartbeat stops and a sweeper can fail it), counts a batch only when its write succeeded, and stops writing once the
 * job was taken as stopped elsewhere.
 */
class JobsSurviveFaultsTest {

    @TempDir
    Path folder;

    private Path register(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("licence_number,agency_name,registration_number,country,status,valid_from,"
                + "valid_until,scope,address,sectors\n");
        for (int i = 0; i < rows; i++) {
            csv.append("RO-").append(i).append(",Agency ").append(i).append(",REG-").append(i)
                    .append(",RO,ACTIVE,2026-01-01,2028-01-01,,,\n");
        }
        return Files.writeString(folder.resolve("register.csv"), csv);
    }

    private static FeedSink<RegisteredLicence> sink(AtomicInteger written, Runnable onBatch) {
        return context -> batch -> {
            onBatch.run();
            written.addAndGet(batch.size());
            return new BatchOutcome(batch.size(), 0, 0, List.of());
        };
    }

    @Test
    void aJobThatCannotBeMarkedFailedIsStillLetGo() throws IOException {
        MemoryImportJobs memory = new MemoryImportJobs();
        ImportJobs databaseGone = new Delegating(memory) {
            @Override
            public void failed(long jobId, ImportCounts counts, String reason) {
                throw new IllegalStateException("Communications link failure");
            }
        };
        AtomicInteger batches = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        FeedImporter importer = new FeedImporter(databaseGone, FileLimits.DEFAULT, 10, FeedImporter.ImportListener.NONE);

        FeedImporter.Outcome outcome = importer.importFile(new FeedDefinition<>("agency-register", new AgencyRegisterFormat(),
                sink(written, () -> {
                    if (batches.incrementAndGet() == 2) {
                        throw new IllegalStateException("Communications link failure", new java.sql.SQLException("08S01"));
                    }
                })), register(30), "register.csv", ImportSource.INBOX, 1L, null);

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertEquals("RUNNING", memory.job(outcome.jobId()).status, "could not be marked failed");
        assertEquals(10, memory.job(outcome.jobId()).counts.created(), "counts of the batch that was written only");
        assertTrue(memory.released.contains(outcome.jobId()), "its heartbeat stops, so the sweeper fails it");
    }

    @Test
    void aJobTakenAsStoppedWritesNoFurtherBatch() throws IOException {
        MemoryImportJobs jobs = new MemoryImportJobs();
        AtomicInteger batches = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        FeedImporter importer = new FeedImporter(jobs, FileLimits.DEFAULT, 10, FeedImporter.ImportListener.NONE);

        FeedImporter.Outcome outcome = importer.importFile(new FeedDefinition<>("agency-register", new AgencyRegisterFormat(),
                sink(written, () -> {
                    if (batches.incrementAndGet() == 2) {
                        // a sweeper elsewhere fails the job while its second batch is written
                        jobs.only().status = "FAILED";
                        jobs.only().reason = "swept";
                    }
                })), register(50), "register.csv", ImportSource.INBOX, 1L, null);

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertEquals(20, written.get(), "the batch being written ends; none after it starts");
        assertEquals("swept", jobs.job(outcome.jobId()).reason, "the sweeper's reason stays");
        assertTrue(jobs.released.contains(outcome.jobId()));
    }

    @Test
    void aJobThatSucceededIsLetGoToo() throws IOException {
        MemoryImportJobs jobs = new MemoryImportJobs();
        FeedImporter importer = new FeedImporter(jobs, FileLimits.DEFAULT, 10, FeedImporter.ImportListener.NONE);

        FeedImporter.Outcome outcome = importer.importFile(new FeedDefinition<>("agency-register", new AgencyRegisterFormat(),
                sink(new AtomicInteger(), () -> { })), register(15), "register.csv", ImportSource.INBOX, 1L, null);

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status());
        assertEquals(15, jobs.job(outcome.jobId()).counts.created());
        assertTrue(jobs.released.contains(outcome.jobId()));
    }

    /** Passes every call on, so a test can make one of them fail. */
    private static class Delegating implements ImportJobs {
        private final ImportJobs to;

        Delegating(ImportJobs to) {
            this.to = to;
        }

        @Override
        public long start(ImportRequest request) {
            return to.start(request);
        }

        @Override
        public OptionalLong succeededWith(String feed, String checksum) {
            return to.succeededWith(feed, checksum);
        }

        @Override
        public void duplicate(long jobId, long earlierJobId) {
            to.duplicate(jobId, earlierJobId);
        }

        @Override
        public BatchProgress writeBatch(long jobId, Supplier<BatchProgress> batch) {
            return to.writeBatch(jobId, batch);
        }

        @Override
        public void succeeded(long jobId, ImportCounts counts) {
            to.succeeded(jobId, counts);
        }

        @Override
        public void failed(long jobId, ImportCounts counts, String reason) {
            to.failed(jobId, counts, reason);
        }

        @Override
        public void released(long jobId) {
            to.released(jobId);
        }
    }
}
