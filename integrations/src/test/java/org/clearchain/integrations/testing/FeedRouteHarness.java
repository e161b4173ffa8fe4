package org.clearchain.integrations.testing;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.clearchain.integrations.feed.FeedErrorHandling;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.FileLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * One feed route in a Camel context of its own, with jobs and pull state in memory: a file handed to the upload
 * endpoint runs the very importer, format and route the application runs.
 */
public final class FeedRouteHarness implements AutoCloseable {

    public final MemoryImportJobs jobs = new MemoryImportJobs();
    public final MemoryPullState pulls = new MemoryPullState();
    public final FeedImporter importer = new FeedImporter(jobs, FileLimits.DEFAULT, 3, FeedImporter.ImportListener.NONE);
    private final CamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate producer;
    private final Path work;

    public FeedRouteHarness() {
        try {
            work = Files.createTempDirectory("clearchain-route-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        producer = camel.createProducerTemplate();
    }

    /** Settings with an inbox under this harness's folder, no pull and organisation 7. */
    public FeedSettings settings() {
        return new FeedSettings(work.resolve("inbox"), null, Duration.ofHours(6), 0, Duration.ofMillis(10), 7L, null);
    }

    public void start(FeedRoute<?> route) throws Exception {
        camel.addRoutes(new FeedErrorHandling());
        camel.addRoutes(route);
        camel.start();
    }

    /** Uploads a test resource (copied first, as the API stores an upload) and returns the finished job's outcome. */
    public FeedImporter.Outcome upload(String feed, String resource) {
        Path file = work.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return upload(feed, file);
    }

    public FeedImporter.Outcome upload(String feed, Path file) {
        return producer.requestBodyAndHeaders(FeedRoute.uploadEndpoint(feed), file,
                Map.of(Exchange.FILE_NAME, file.getFileName().toString(), FeedRoute.ORGANISATION, 7L),
                FeedImporter.Outcome.class);
    }

    public CamelContext camel() {
        return camel;
    }

    public Path inbox(String feed) {
        return work.resolve("inbox").resolve(feed);
    }

    @Override
    public void close() {
        camel.stop();
    }
}
