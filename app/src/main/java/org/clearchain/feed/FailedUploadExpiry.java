package org.clearchain.feed;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A failed upload's file is kept so that its job can be retried, but not for ever: once the job has been failed for
 * {@code clearchain.feeds.failed-upload-retention} (30 days unless configured), the file is deleted and a retry
 * answers that the file is no longer kept. Files of queued, running or retried jobs are never touched.
 */
@Singleton
class FailedUploadExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(FailedUploadExpiry.class);
    private static final Pattern JOB_FILE = Pattern.compile("(\\d+)-.+");

    private final ImportJobReader jobs;
    private final Path folder;
    private final Duration retention;
    private final Clock clock;

    FailedUploadExpiry(ImportJobReader jobs, FeedsConfiguration feeds,
                       @Value("${clearchain.feeds.failed-upload-retention:30d}") Duration retention, Clock clock) {
        this.jobs = jobs;
        this.folder = feeds.uploads().toAbsolutePath();
        this.retention = retention;
        this.clock = clock;
    }

    // on every instance, not once per cluster: the uploads folder may be each instance's own disk (deleting twice is harmless)
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void scheduled() {
        int deleted = deleteExpired();
        if (deleted > 0) {
            LOG.info("Deleted {} failed upload(s) kept longer than {}", deleted, retention);
        }
    }

    /** @return how many files were deleted */
    int deleteExpired() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Map<Long, Path> files = new HashMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.forEach(file -> {
                Matcher m = JOB_FILE.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).length() < 19) {
                    files.put(Long.parseLong(m.group(1)), file);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not list the uploads folder {}", folder, e);
            return 0;
        }
        Set<Long> expired = jobs.failedBefore(files.keySet(), clock.instant().minus(retention));
        int deleted = 0;
        for (long job : expired) {
            try {
                deleted += Files.deleteIfExists(files.get(job)) ? 1 : 0;
            } catch (IOException e) {
                LOG.warn("Could not delete the expired upload {}", files.get(job), e);
            }
        }
        return deleted;
    }
}
