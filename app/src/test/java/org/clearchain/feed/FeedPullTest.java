package org.clearchain.feed;

import com.sun.net.httpserver.HttpServer;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/feeds/{feed}/pull}: an admin pulls a feed's configured URL now. The source here is a small HTTP
 * server of the test's own that answers with an ETag and a Last-Modified, and 304 when asked with them.
 */
class FeedPullTest extends ApiTest {

    private static final String ETAG = "\"svi-pull-1\"";
    private static final String LAST_MODIFIED = "Fri, 04 Dec 2026 12:00:00 GMT";
    private static final byte[] FILE = ("country,score,source,edition,region\n"
            + "BD,0.64,Sample Vulnerability Index (test data),SVI-PULL,Southern Asia\n").getBytes(StandardCharsets.UTF_8);

    private final HttpServer source = startSource();
    /** Closed until a test pulls, so the feed's own scheduled pull (ten seconds after start) imports nothing first. */
    private volatile boolean open;
    private final List<String> askedWith = new CopyOnWriteArrayList<>();

    private String admin;
    private String auditor;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.feeds.sources.country-risk.url",
                "http://127.0.0.1:" + source.getAddress().getPort() + "/svi-pull.csv",
                "clearchain.feeds.sources.country-risk.retries", "0");
    }

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
        auditor = api.login("auditor.a");
    }

    @AfterAll
    void stopSource() {
        source.stop(0);
    }

    @Test
    void anAdminPullsTheSourceAsAJobAndAnUnchangedSourceImportsNothing() {
        open = true;

        Api.Response first = api.post("/api/feeds/country-risk/pull", admin, Map.of());
        long jobs = count("SELECT COUNT(*) FROM import_job");
        Api.Response second = api.post("/api/feeds/country-risk/pull", admin, Map.of());

        assertEquals(200, first.status(), first::toString);
        assertEquals("SUCCEEDED", first.text("outcome"), first::toString);
        Api.Response job = new FeedFixture(api).awaitJob(first.number("jobId"), admin);
        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        // counted against the current edition: the bundled ILAB one when the database is fresh, so created or updated
        assertEquals(1, job.body().get("counts").get("created").getLongValue() + job.body().get("counts").get("updated").getLongValue(),
                job::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM reference_edition WHERE edition = 'SVI-PULL' AND loaded_at IS NOT NULL"));

        assertEquals(200, second.status(), second::toString);
        assertEquals("UNCHANGED", second.text("outcome"), second::toString);
        assertTrue(second.body().get("jobId").isNull(), second::toString);
        assertEquals(jobs, count("SELECT COUNT(*) FROM import_job"), "an unchanged source makes no job");
        assertTrue(askedWith.contains(ETAG + " | " + LAST_MODIFIED), "the second pull sent the validators: " + askedWith);
    }

    @Test
    void onlyAnAdminPulls() {
        long jobs = count("SELECT COUNT(*) FROM import_job");

        Api.Response refused = api.post("/api/feeds/country-risk/pull", auditor, Map.of());

        assertEquals(403, refused.status(), refused::toString);
        assertEquals(jobs, count("SELECT COUNT(*) FROM import_job"));
    }

    @Test
    void anUnknownFeedIsNotFound() {
        Api.Response unknown = api.post("/api/feeds/no-such-feed/pull", admin, Map.of());

        assertEquals(404, unknown.status(), unknown::toString);
    }

    private HttpServer startSource() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/svi-pull.csv", exchange -> {
                try (exchange) {
                    String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
                    String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
                    askedWith.add(etag + " | " + since);
                    if (!open) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    exchange.getResponseHeaders().add("ETag", ETAG);
                    exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                    if (ETAG.equals(etag)) {
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                    exchange.getResponseHeaders().add("Content-Type", "text/csv");
                    exchange.sendResponseHeaders(200, FILE.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(FILE);
                    }
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
