package org.clearchain.integrations.testing;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.clearchain.integrations.feed.FeedErrorHandling;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.FileLimits;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One feed's routes in {@link CamelTestSupport}'s context (a fresh one for each test), with the shared error handling,
 * jobs and pull state in memory and a {@link CollectingSink}: a file uploaded or dropped runs the very importer,
 * format and route the application runs. A test class says which route with {@link #route()}.
 */
public abstract class FeedRouteTestSupport<R> extends CamelTestSupport {

    /** The organisation inbox files and uploads are imported for. */
    protected static final long ORGANISATION = 7L;

    @TempDir
    protected Path work;

    protected final MemoryImportJobs jobs = new MemoryImportJobs();
    protected final MemoryPullState pulls = new MemoryPullState();
    protected final CollectingSink<R> sink = new CollectingSink<>();
    protected final Clock clock = Clock.systemUTC();

    private String feed;

    /** The feed's route, built from {@link #settings()}, {@link #importer(int)}, {@link #sink} and {@link #pulls}. */
    protected abstract FeedRoute<R> route();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        FeedRoute<R> route = route();
        feed = route.feedName();
        return new RoutesBuilder[] {new FeedErrorHandling(), route};
    }

    /** An inbox under the test's folder, no pull, the test organisation. */
    protected FeedSettings settings() {
        return new FeedSettings(inbox(), null, Duration.ofHours(6), 0, Duration.ofMillis(10), ORGANISATION, null);
    }

    protected FeedImporter importer(int batchSize) {
        return new FeedImporter(jobs, FileLimits.DEFAULT, batchSize, FeedImporter.ImportListener.NONE);
    }

    protected Path inbox() {
        return work.resolve("inbox");
    }

    /** The folder the feed's inbox route watches. */
    protected Path inboxOfFeed() {
        return inbox().resolve(feed);
    }

    /** Hands a test resource to the feed's upload endpoint (copied first, as the API stores an upload). */
    protected FeedImporter.Outcome upload(String resource) {
        Path file = work.resolve(Path.of(resource).getFileName().toString());
        copy(resource, file);
        return upload(file);
    }

    protected FeedImporter.Outcome upload(Path file) {
        return upload(file, Map.of(Exchange.FILE_NAME, file.getFileName().toString(), FeedRoute.ORGANISATION, ORGANISATION));
    }

    protected FeedImporter.Outcome upload(Object body, Map<String, Object> headers) {
        return template.requestBodyAndHeaders(FeedRoute.uploadEndpoint(feed), body, headers, FeedImporter.Outcome.class);
    }

    /** Drops a test resource into the feed's inbox and waits until the inbox route is done with it. */
    protected Path drop(String resource, String fileName) {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(feed + "-inbox").whenDone(1).create();
        try {
            Files.createDirectories(inboxOfFeed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // copied beside the inbox, then moved in, so the route never sees half a file
        Path copied = work.resolve(fileName);
        copy(resource, copied);
        try {
            Files.move(copied, inboxOfFeed().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(done.matches(20, TimeUnit.SECONDS), "the inbox route should be done with " + resource);
        return inboxOfFeed();
    }

    protected Path drop(String resource) {
        return drop(resource, Path.of(resource).getFileName().toString());
    }

    private static void copy(String resource, Path to) {
        try (InputStream in = FeedRouteTestSupport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
