package org.clearchain.feed;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.clearchain.common.ProblemException;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.UnreadableFeedSourceException;
import org.clearchain.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;

/**
 * Hands uploaded files to their feed's route. The file is kept under the uploads folder as {@code <job>-<name>}
 * until its job succeeds, so a job that failed (a database fault mid-file) can be retried on the same file.
 */
@Singleton
public class FeedUploads {

    private static final Logger LOG = LoggerFactory.getLogger(FeedUploads.class);

    private final ImportJobStore jobs;
    private final ProducerTemplate producer;
    private final CamelContext camel;
    private final Path folder;
    private final Clock clock;

    FeedUploads(ImportJobStore jobs, ProducerTemplate producer, CamelContext camel, FeedsConfiguration feeds, Clock clock) {
        this.jobs = jobs;
        this.producer = producer;
        this.camel = camel;
        this.folder = feeds.uploads().toAbsolutePath();
        this.clock = clock;
    }

    public long accept(Actor actor, FeedRegistration feed, CompletedFileUpload upload) {
        requireRunning();
        String name = safeName(upload.getFilename());
        long jobId = jobs.queue(feed.name(), name, upload.getSize(), actor.organisationId(), actor.name());
        Path stored = folder.resolve(jobId + "-" + name);
        try (InputStream in = upload.getInputStream()) {
            Files.createDirectories(folder);
            Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                jobs.failed(jobId, org.clearchain.integrations.feed.ImportCounts.NONE, "the upload could not be stored: " + e.getMessage());
            } finally {
                jobs.released(jobId);
            }
            throw new UncheckedIOException(e);
        }
        submit(feed.name(), stored, name, actor.organisationId(), jobId);
        return jobId;
    }

    /** A new job on the failed job's file, for the failed job's organisation whoever retries it (the admin may). */
    public long retry(Actor actor, ImportJobReader.OwnedJob owned) {
        requireRunning();
        ImportJobView failed = owned.job();
        if (failed.status() != ImportJobStatus.FAILED) {
            throw ProblemException.conflict("Import job " + failed.id() + " is " + failed.status() + "; only a failed job is retried");
        }
        Path stored = folder.resolve(failed.id() + "-" + failed.fileName());
        if (!"UPLOAD".equals(failed.source()) || !Files.exists(stored)) {
            throw ProblemException.conflict("The file of import job " + failed.id() + " is not kept: only uploads are;"
                    + " send the file again (a file dropped in an inbox is in its .failed folder)");
        }
        long jobId = jobs.queue(failed.feed(), failed.fileName(), failed.bytes(), owned.organisationId(), actor.name());
        Path again = folder.resolve(jobId + "-" + failed.fileName());
        try {
            Files.move(stored, again);
        } catch (IOException e) {
            try {
                jobs.failed(jobId, org.clearchain.integrations.feed.ImportCounts.NONE, "the file could not be moved to the new job: "
                        + e.getMessage());
            } finally {
                jobs.released(jobId);
            }
            throw new UncheckedIOException(e);
        }
        submit(failed.feed(), again, failed.fileName(), owned.organisationId(), jobId);
        return jobId;
    }

    PullResult pullNow(FeedRegistration feed) {
        requireRunning();
        try {
            Object outcome = producer.requestBody(FeedRoute.pullEndpoint(feed.name()), (Object) null);
            if (outcome instanceof FeedImporter.Outcome imported) {
                return new PullResult(feed.name(), imported.status().name(), imported.jobId(), clock.instant());
            }
            return new PullResult(feed.name(), "UNCHANGED", null, clock.instant());
        } catch (CamelExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof UnreadableFeedSourceException ? cause.getMessage()
                    : "the source could not be fetched: " + (cause == null ? e.getMessage() : cause.getMessage());
            throw ProblemException.of(cause instanceof UnreadableFeedSourceException ? HttpStatus.CONFLICT : HttpStatus.BAD_GATEWAY,
                    reason);
        }
    }

    private void submit(String feed, Path file, String name, Long organisation, long jobId) {
        producer.asyncRequestBodyAndHeaders(FeedRoute.uploadEndpoint(feed), file,
                Map.of(Exchange.FILE_NAME, name, FeedRoute.ORGANISATION, organisation == null ? -1L : organisation,
                        FeedRoute.JOB, jobId))
                .whenComplete((outcome, error) -> {
                    // the route may end without ever starting the job (stopped meanwhile): the sweeper then fails it
                    jobs.released(jobId);
                    if (error != null) {
                        LOG.error("Upload job {} of feed {} ended with an error", jobId, feed, error);
                    } else if (outcome instanceof FeedImporter.Outcome done
                            && done.status() != FeedImporter.Outcome.Status.FAILED) {
                        delete(file);
                    }
                });
    }

    private void requireRunning() {
        if (camel.getStatus() != ServiceStatus.Started) {
            throw ProblemException.of(HttpStatus.SERVICE_UNAVAILABLE, "Feeds are not running on this instance"
                    + " (clearchain.feeds.enabled is false, or the application is still starting)");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the imported upload {}", file, e);
        }
    }

    /** Keeps the name readable but never a path. */
    private static String safeName(String name) {
        String base = name == null ? "upload" : Path.of(name.replace('\\', '/')).getFileName().toString();
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return cleaned.isBlank() || cleaned.startsWith(".") ? "upload" + cleaned : cleaned.substring(0, Math.min(cleaned.length(), 120));
    }
}
