package org.clearchain.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        return await("import job " + id + " to end").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("api/import-jobs/" + id, token),
                        job -> !"QUEUED".equals(job.text("status")) && !"RUNNING".equals(job.text("status")));
    }
}
