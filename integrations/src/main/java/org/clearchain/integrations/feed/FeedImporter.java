package org.clearchain.integrations.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Imports one file into one feed as one job: checks the file, skips it when the very same file was imported
 * before, streams its records through the format in batches to the sink, and keeps the job's counts and rejected
 * rows. A batch is written all or nothing by the sink, in the same transaction as the job's counts; when the database
 * fails mid-file the job is marked failed (or, when even that fails, taken as stopped once its heartbeat is stale),
 * and since records are keyed, importing the file again completes it with no duplicate and no lost row.
 */
public final class FeedImporter {

    private static final Logger LOG = LoggerFactory.getLogger(FeedImporter.class);

    private final ImportJobs jobs;
    private final FileIntake intake;
    private final int batchSize;
    private final Map<String, Integer> batchSizes;
    private final ImportListener listener;

    public FeedImporter(ImportJobs jobs, FileLimits limits, int batchSize, ImportListener listener) {
        this(jobs, limits, batchSize, Map.of(), listener);
    }

    /** {@code batchSizes}: a feed's own batch size where its sink writes larger batches faster than the default. */
    public FeedImporter(ImportJobs jobs, FileLimits limits, int batchSize, Map<String, Integer> batchSizes,
                        ImportListener listener) {
        this.jobs = jobs;
        this.intake = new FileIntake(limits);
        this.batchSize = batchSize;
        this.batchSizes = Map.copyOf(batchSizes);
        this.listener = listener;
    }

    /** Told of every batch, e.g. to count rows in metrics. */
    public interface ImportListener {
        ImportListener NONE = (feed, imported, rejected) -> { };

        void batch(String feed, long imported, long rejected);
    }

    /** How a run ended: the job, and the reason when the file could not be imported at all. */
    public record Outcome(long jobId, Status status, ImportCounts counts, String reason) {
        public enum Status { SUCCEEDED, DUPLICATE, FAILED }
    }

    public <R> Outcome importFile(FeedDefinition<R> feed, Path file, String fileName, ImportSource source,
                                  Long organisationId, Long queuedJobId) {
        FileIntake.Received received;
        try {
            received = intake.receive(file);
        } catch (UnreadableFileException | IOException e) {
            return refused(feed, file, fileName, source, organisationId, queuedJobId, e);
        }
        long jobId = jobs.start(new ImportRequest(feed.name(), fileName, received.checksum(), received.bytes(), source,
                organisationId, queuedJobId));
        try {
            return importStarted(feed, received, fileName, organisationId, jobId);
        } finally {
            // however it ended, even when the job could not be marked so: its heartbeat stops and the sweeper takes over
            jobs.released(jobId);
        }
    }

    private <R> Outcome importStarted(FeedDefinition<R> feed, FileIntake.Received received, String fileName,
                                      Long organisationId, long jobId) {
        // the same file again is recognised by its checksum alone, before the slower checks of its contents
        OptionalLong earlier = jobs.succeededWith(feed.name(), received.checksum());
        if (earlier.isPresent() && earlier.getAsLong() != jobId) {
            jobs.duplicate(jobId, earlier.getAsLong());
            return new Outcome(jobId, Outcome.Status.DUPLICATE, ImportCounts.NONE, null);
        }
        FileIntake.CheckedFile checked;
        try {
            checked = intake.check(received, feed.format()::charsetOf);
        } catch (UnreadableFileException | IOException e) {
            String reason = e instanceof UnreadableFileException ? e.getMessage() : "the file could not be read: " + e.getMessage();
            jobs.failed(jobId, ImportCounts.NONE, reason);
            return new Outcome(jobId, Outcome.Status.FAILED, ImportCounts.NONE, reason);
        }
        try (checked) {
            return run(feed, checked, new ImportContext(jobId, feed.name(), fileName, checked.checksum(), organisationId));
        } catch (IOException e) {
            throw new IllegalStateException("could not remove the unpacked copy of " + fileName, e);
        }
    }

    private Outcome refused(FeedDefinition<?> feed, Path file, String fileName, ImportSource source, Long organisationId,
                            Long queuedJobId, Exception e) {
        String reason = e instanceof UnreadableFileException ? e.getMessage() : "the file could not be read: " + e.getMessage();
        long jobId = jobs.start(new ImportRequest(feed.name(), fileName, null, sizeOf(file), source, organisationId, queuedJobId));
        try {
            jobs.failed(jobId, ImportCounts.NONE, reason);
        } finally {
            jobs.released(jobId);
        }
        return new Outcome(jobId, Outcome.Status.FAILED, ImportCounts.NONE, reason);
    }

    private <R> Outcome run(FeedDefinition<R> feed, FileIntake.CheckedFile file, ImportContext context) {
        int size = batchSizes.getOrDefault(feed.name(), batchSize);
        Progress progress = new Progress(feed.name(), context.jobId());
        ExecutorService writerThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "feed-writer-" + feed.name() + "-" + context.jobId());
            thread.setDaemon(true);
            return thread;
        });
        Future<?> writing = CompletableFuture.completedFuture(null);
        try (InputStream in = Files.newInputStream(file.plain());
             RecordStream<R> records = feed.format().open(in)) {
            FeedSink.Writer<R> writer = feed.sink().open(context);
            List<FeedLine.Accepted<R>> batch = new ArrayList<>(size);
            List<RejectedRow> refused = new ArrayList<>();
            int read = 0;
            while (records.hasNext()) {
                FeedLine<R> line = records.next();
                read++;
                if (line instanceof FeedLine.Accepted<R> accepted) {
                    batch.add(accepted);
                } else if (line instanceof FeedLine.Refused<R> no) {
                    refused.add(new RejectedRow(no.line(), no.reason(), no.raw()));
                }
                if (batch.size() >= size || refused.size() >= size) {
                    // the next batch is read while this one is written; batches are written one at a time, in
                    // order, and the first that fails stops the reading
                    await(writing);
                    List<FeedLine.Accepted<R>> full = List.copyOf(batch);
                    List<RejectedRow> fullRefused = List.copyOf(refused);
                    int fullRead = read;
                    writing = writerThread.submit(() -> progress.flush(writer, full, fullRefused, fullRead));
                    batch.clear();
                    refused.clear();
                    read = 0;
                }
            }
            await(writing);
            progress.flush(writer, List.copyOf(batch), List.copyOf(refused), read);
            writer.finish(progress.counts);
            jobs.succeeded(context.jobId(), progress.counts);
            return new Outcome(context.jobId(), Outcome.Status.SUCCEEDED, progress.counts, null);
        } catch (JobStoppedException e) {
            awaitQuietly(writing);
            LOG.warn("Import job {} of feed {} ends after {} rows: {}", context.jobId(), feed.name(), progress.counts.read(),
                    e.getMessage());
            return new Outcome(context.jobId(), Outcome.Status.FAILED, progress.counts, e.getMessage());
        } catch (UnreadableFileException | SinkRefusedException e) {
            awaitQuietly(writing);
            jobs.failed(context.jobId(), progress.counts, e.getMessage());
            return new Outcome(context.jobId(), Outcome.Status.FAILED, progress.counts, e.getMessage());
        } catch (RuntimeException | IOException e) {
            awaitQuietly(writing);
            ImportCounts counts = progress.counts;
            LOG.error("Import job {} of feed {} failed after {} rows", context.jobId(), feed.name(), counts.read(), e);
            String reason = "the import stopped after " + counts.read() + " rows (" + describe(e)
                    + "); what was written is kept, and importing the same file again completes it";
            try {
                jobs.failed(context.jobId(), counts, reason);
            } catch (RuntimeException stillDown) {
                LOG.error("Import job {} could not be marked failed either", context.jobId(), stillDown);
            }
            return new Outcome(context.jobId(), Outcome.Status.FAILED, counts, reason);
        } finally {
            writerThread.shutdown();
        }
    }

    /** A job's counts so far, moved on by each written batch (one at a time, so no two flushes overlap). */
    private final class Progress {
        private final String feed;
        private final long jobId;
        private volatile ImportCounts counts = ImportCounts.NONE;

        Progress(String feed, long jobId) {
            this.feed = feed;
            this.jobId = jobId;
        }

        <R> void flush(FeedSink.Writer<R> writer, List<FeedLine.Accepted<R>> batch, List<RejectedRow> refused, int read) {
            if (read == 0) {
                return;
            }
            ImportCounts before = counts;
            // the batch and the job's counts commit together: the job never says fewer rows than are stored
            ImportJobs.BatchProgress done = jobs.writeBatch(jobId, () -> {
                BatchOutcome outcome = batch.isEmpty() ? new BatchOutcome(0, 0, 0, List.of()) : writer.write(batch);
                List<RejectedRow> rejected = new ArrayList<>(refused);
                rejected.addAll(outcome.rejected());
                return new ImportJobs.BatchProgress(outcome, before.plus(outcome, refused.size(), read), rejected);
            });
            counts = done.counts();
            BatchOutcome outcome = done.outcome();
            listener.batch(feed, outcome.created() + outcome.updated() + outcome.unchanged(), done.newlyRejected().size());
        }
    }

    /** Waits for the batch being written; its failure is the import's. */
    private static void await(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a batch was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A job is marked failed only once the batch being written has ended, so its counts are final. */
    private static void awaitQuietly(Future<?> writing) {
        try {
            await(writing);
        } catch (RuntimeException alreadyFailing) {
            LOG.debug("The batch being written failed too", alreadyFailing);
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof java.sql.SQLException || root.getClass().getName().contains("SQL")
                ? "the database could not be reached or refused the write" : e.getClass().getSimpleName();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
