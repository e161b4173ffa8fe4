package org.clearchain.integrations.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Imports one file into one feed as one job: checks the file, skips it when the very same file was imported
 * before, streams its records through the format in batches to the sink, and keeps the job's counts and rejected
 * rows. A batch is written all or nothing by the sink; when the database fails mid-file the job is marked failed,
 * and since records are keyed, importing the file again completes it with no duplicate and no lost row.
 */
public final class FeedImporter {

    private static final Logger LOG = LoggerFactory.getLogger(FeedImporter.class);

    private final ImportJobs jobs;
    private final FileIntake intake;
    private final int batchSize;
    private final ImportListener listener;

    public FeedImporter(ImportJobs jobs, FileLimits limits, int batchSize, ImportListener listener) {
        this.jobs = jobs;
        this.intake = new FileIntake(limits);
        this.batchSize = batchSize;
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
        jobs.failed(jobId, ImportCounts.NONE, reason);
        return new Outcome(jobId, Outcome.Status.FAILED, ImportCounts.NONE, reason);
    }

    private <R> Outcome run(FeedDefinition<R> feed, FileIntake.CheckedFile file, ImportContext context) {
        ImportCounts counts = ImportCounts.NONE;
        try (InputStream in = Files.newInputStream(file.plain());
             RecordStream<R> records = feed.format().open(in)) {
            FeedSink.Writer<R> writer = feed.sink().open(context);
            List<FeedLine.Accepted<R>> batch = new ArrayList<>(batchSize);
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
                if (batch.size() >= batchSize || refused.size() >= batchSize) {
                    counts = flush(feed.name(), context.jobId(), writer, batch, refused, read, counts);
                    read = 0;
                }
            }
            counts = flush(feed.name(), context.jobId(), writer, batch, refused, read, counts);
            writer.finish(counts);
            jobs.succeeded(context.jobId(), counts);
            return new Outcome(context.jobId(), Outcome.Status.SUCCEEDED, counts, null);
        } catch (UnreadableFileException | SinkRefusedException e) {
            jobs.failed(context.jobId(), counts, e.getMessage());
            return new Outcome(context.jobId(), Outcome.Status.FAILED, counts, e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.error("Import job {} of feed {} failed after {} rows", context.jobId(), feed.name(), counts.read(), e);
            String reason = "the import stopped after " + counts.read() + " rows (" + describe(e)
                    + "); what was written is kept, and importing the same file again completes it";
            try {
                jobs.failed(context.jobId(), counts, reason);
            } catch (RuntimeException stillDown) {
                LOG.error("Import job {} could not be marked failed either", context.jobId(), stillDown);
            }
            return new Outcome(context.jobId(), Outcome.Status.FAILED, counts, reason);
        }
    }

    private <R> ImportCounts flush(String feed, long jobId, FeedSink.Writer<R> writer, List<FeedLine.Accepted<R>> batch,
                                   List<RejectedRow> refused, int read, ImportCounts counts) {
        if (read == 0) {
            return counts;
        }
        BatchOutcome outcome = batch.isEmpty() ? new BatchOutcome(0, 0, 0, List.of()) : writer.write(List.copyOf(batch));
        ImportCounts next = counts.plus(outcome, refused.size(), read);
        List<RejectedRow> rejected = new ArrayList<>(refused);
        rejected.addAll(outcome.rejected());
        jobs.progress(jobId, next, rejected);
        listener.batch(feed, outcome.created() + outcome.updated() + outcome.unchanged(), rejected.size());
        batch.clear();
        refused.clear();
        return next;
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
