package org.clearchain.integrations.feed;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The three ways into one feed, all ending in the same {@link FeedImporter} job: a file dropped in the inbox
 * folder, an upload handed over by the API ({@code direct:<feed>-upload}), and the scheduled pull of a URL (also
 * on demand through {@code direct:<feed>-pull}). Each feed's route class extends this with its format and sink.
 * Errors are handled by {@link FeedErrorHandling}, which every route here opts into.
 */
public abstract class FeedRoute<R> extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRoute.class);

    public static final String ORGANISATION = "ClearchainOrganisation";
    public static final String JOB = "ClearchainJob";

    private final FeedDefinition<R> feed;
    private final FeedSettings settings;
    private final FeedImporter importer;
    private final HttpPull pull;
    private final PullState pullState;
    private final Clock clock;

    protected FeedRoute(FeedDefinition<R> feed, FeedSettings settings, FeedImporter importer, PullState pullState,
                        Clock clock) {
        this.feed = feed;
        this.settings = settings;
        this.importer = importer;
        this.pullState = pullState;
        this.pull = new HttpPull(pullState, clock);
        this.clock = clock;
    }

    public String feedName() {
        return feed.name();
    }

    public FeedSettings settings() {
        return settings;
    }

    /** Imports a file the application ships (a bundled reference edition): one job like any other, by no one. */
    public FeedImporter.Outcome importBundled(Path file, String fileName) {
        return importer.importFile(feed, file, fileName, ImportSource.BUNDLED, null, null);
    }

    public static String uploadEndpoint(String feed) {
        return "direct:" + feed + "-upload";
    }

    public static String pullEndpoint(String feed) {
        return "direct:" + feed + "-pull";
    }

    @Override
    public void configure() {
        String name = feed.name();
        from(singleInstance(name + "-inbox", inboxUri())).routeId(name + "-inbox")
                .routeConfigurationId(FeedErrorHandling.ID)
                .process(this::importDroppedFile);

        from(uploadEndpoint(name)).routeId(name + "-upload")
                .routeConfigurationId(FeedErrorHandling.ID)
                .process(this::importUpload);

        from(pullEndpoint(name)).routeId(name + "-pull-now")
                .routeConfigurationId(FeedErrorHandling.ID)
                .process(this::pullOnce);

        if (settings.pulls()) {
            from(singleInstance(name + "-pull", "timer:" + name + "-pull?delay=10000&period="
                    + settings.pullInterval().toMillis()))
                    .routeId(name + "-pull")
                    .routeConfigurationId(FeedErrorHandling.ID)
                    // the retry policy is this feed's own (clearchain.feeds.sources.<feed>), so it stays with its route
                    .onException(IOException.class)
                        .maximumRedeliveries(settings.pullRetries())
                        .redeliveryDelay(settings.pullRetryDelay().toMillis())
                        .useExponentialBackOff().backOffMultiplier(2)
                        .handled(true)
                        .process(this::recordPullGivenUp)
                    .end()
                    .process(this::pullOnce);
        }
    }

    private String inboxUri() {
        // readLock=changed waits until a file stops growing, so a file still being copied is not half-imported
        return "file:" + settings.inbox().resolve(feed.name()).toAbsolutePath()
                + "?move=.done&moveFailed=.failed&readLock=changed&readLockMinAge=1000&readLockCheckInterval=500"
                + "&exclude=.*\\.reason\\.txt&autoCreate=true&maxMessagesPerPoll=1";
    }

    private String singleInstance(String service, String uri) {
        return settings.clustered() ? "master:" + settings.clusterNamespace() + "-" + service + ":" + uri : uri;
    }

    private void importDroppedFile(Exchange exchange) throws IOException {
        File file = exchange.getIn().getBody(File.class);
        FeedImporter.Outcome outcome = importer.importFile(feed, file.toPath(), file.getName(), ImportSource.INBOX,
                settings.organisationId(), null);
        if (outcome.status() == FeedImporter.Outcome.Status.FAILED) {
            Path failed = file.toPath().resolveSibling(".failed");
            Files.createDirectories(failed);
            Files.writeString(failed.resolve(file.getName() + ".reason.txt"),
                    "import job " + outcome.jobId() + " failed: " + outcome.reason() + System.lineSeparator());
            throw new FeedErrorHandling.ImportFailedException(outcome.reason());
        }
    }

    private void importUpload(Exchange exchange) {
        Path file = exchange.getIn().getBody(Path.class);
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME, file.getFileName().toString(), String.class);
        Long organisation = exchange.getIn().getHeader(ORGANISATION, Long.class);
        if (organisation != null && organisation < 0) {
            organisation = null;
        }
        Long job = exchange.getIn().getHeader(JOB, Long.class);
        exchange.getMessage().setBody(importer.importFile(feed, file, fileName, ImportSource.UPLOAD, organisation, job));
    }

    private void pullOnce(Exchange exchange) throws IOException, InterruptedException {
        if (!settings.pulls()) {
            throw new UnreadableFeedSourceException("no URL is configured for feed " + feed.name());
        }
        var fetched = fetchOrRecord();
        if (fetched.isEmpty()) {
            exchange.getMessage().setBody(null);
            return;
        }
        Path file = fetched.get().file();
        try {
            String fileName = fileNameOf(settings.pullUrl().getPath());
            FeedImporter.Outcome outcome = importer.importFile(feed, file, fileName, ImportSource.PULL,
                    settings.organisationId(), null);
            boolean imported = outcome.status() != FeedImporter.Outcome.Status.FAILED;
            pullState.pulled(feed.name(), clock.instant(), imported ? fetched.get().validators() : null,
                    "job " + outcome.jobId() + " " + outcome.status().name().toLowerCase());
            exchange.getMessage().setBody(outcome);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private java.util.Optional<HttpPull.Fetched> fetchOrRecord() throws IOException, InterruptedException {
        try {
            return pull.fetch(feed.name(), settings.pullUrl());
        } catch (UnreadableFileException e) {
            throw new UnreadableFeedSourceException(e.getMessage());
        }
    }

    private void recordPullGivenUp(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = "gave up after " + (settings.pullRetries() + 1) + " tries: "
                + (cause == null ? "unknown error" : cause.getMessage());
        LOG.warn("Pull of feed {} from {} {}", feed.name(), settings.pullUrl(), reason);
        pullState.pulled(feed.name(), clock.instant(), null, reason);
    }

    private static String fileNameOf(String path) {
        if (path == null || path.isBlank() || path.endsWith("/")) {
            return "pulled";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
