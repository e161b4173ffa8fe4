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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The next batch is read while the one before is written: still one write at a time, in file order. */
class PipelinedImportTest {

    @TempDir
    Path folder;

    /** Slow enough that reading runs ahead; notes which batches arrived and how many were written at once. */
    private static final class SlowSink implements FeedSink<RegisteredLicence> {
        final List<Long> firstLines = new CopyOnWriteArrayList<>();
        final AtomicInteger writing = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        int failOnBatch = -1;

        @Override
        public Writer<RegisteredLicence> open(ImportContext context) {
            return batch -> {
                mostAtOnce.accumulateAndGet(writing.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20);
                    if (firstLines.size() == failOnBatch) {
                        firstLines.add(-1L);
                        throw new IllegalStateException("Deadlock found when trying to get lock");
                    }
                    firstLines.add(batch.get(0).line());
                    return new BatchOutcome(batch.size(), 0, 0, List.of());
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    writing.decrementAndGet();
                }
            };
        }
    }

    private FeedImporter.Outcome importRows(SlowSink sink, int rows) throws IOException {
        return importRows(new FeedImporter(new MemoryImportJobs(), FileLimits.DEFAULT, 10, FeedImporter.ImportListener.NONE),
                sink, rows);
    }

    private FeedImporter.Outcome importRows(FeedImporter importer, SlowSink sink, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("licence_number,agency_name,registration_number,country,status,valid_from,"
                + "valid_until,scope,address,sectors\n");
        for (int i = 0; i < rows; i++) {
            csv.append("RO-").append(i).append(",Agency ").append(i).append(",REG-").append(i)
                    .append(",RO,ACTIVE,2026-01-01,2028-01-01,,,\n");
        }
        Path file = Files.writeString(folder.resolve("register.csv"), csv);
        return importer.importFile(new FeedDefinition<>("agency-register", new AgencyRegisterFormat(), sink), file,
                "register.csv", ImportSource.UPLOAD, 1L, null);
    }

    @Test
    void batchesAreWrittenOneAtATimeInFileOrder() throws IOException {
        SlowSink sink = new SlowSink();

        FeedImporter.Outcome outcome = importRows(sink, 95);

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status());
        assertEquals(95, outcome.counts().created());
        assertEquals(List.of(2L, 12L, 22L, 32L, 42L, 52L, 62L, 72L, 82L, 92L), sink.firstLines, "every batch, in file order");
        assertEquals(1, sink.mostAtOnce.get(), "never two batches written at once");
    }

    @Test
    void noBatchIsWrittenAfterOneFails() throws IOException {
        SlowSink sink = new SlowSink();
        sink.failOnBatch = 3;

        FeedImporter.Outcome outcome = importRows(sink, 95);

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertEquals(30, outcome.counts().created(), "the three batches before the failed one, and only those");
        assertEquals(List.of(2L, 12L, 22L, -1L), sink.firstLines, "nothing after the failed batch reached the sink");
    }

    @Test
    void aFeedWithABatchSizeOfItsOwnIsReadInBatchesOfThatSize() throws IOException {
        SlowSink sink = new SlowSink();
        FeedImporter importer = new FeedImporter(new MemoryImportJobs(), FileLimits.DEFAULT, 10,
                Map.of("agency-register", 50), FeedImporter.ImportListener.NONE);

        importRows(importer, sink, 95);

        assertEquals(List.of(2L, 52L), sink.firstLines);
    }
}
