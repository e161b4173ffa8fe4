package org.clearchain.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Uploads files to feeds and waits for their jobs to end. */
public final class FeedFixture {

    private final Api api;

    public FeedFixture(Api api) {
        this.api = api;
    }

    /** Uploads and waits for the job to end; returns the finished job. */
    public Api.Response importFile(String feed, String token, String fileName, String content) {
        return importFile(feed, token, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    public Api.Response importFile(String feed, String token, String fileName, byte[] content) {
        Api.Response accepted = api.upload("api/feeds/" + feed + "/uploads", token, fileName, content);
        assertEquals(202, accepted.status(), accepted.toString());
        return awaitJob(accepted.number("id"), token);
    }

    public Api.Response awaitJob(long id, String token) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Api.Response job = api.get("api/import-jobs/" + id, token);
            String status = job.text("status");
            if (!"QUEUED".equals(status) && !"RUNNING".equals(status)) {
                return job;
            }
            sleep(100);
        }
        return fail("import job " + id + " did not end within 60 s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
