package org.clearchain.integrations.entitylist;

import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.FileLimits;
import org.clearchain.integrations.feed.PullState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entity-list route in a Camel context of its own: files dropped in its inbox and uploads handed to it. */
class EntityListRouteTest {

    @TempDir
    Path inbox;

    private final InMemoryFeed feed = new InMemoryFeed();
    private DefaultCamelContext camel;

    @BeforeEach
    void start() throws Exception {
        PullState noPulls = new PullState() {
            @Override
            public Optional<Validators> validators(String name) {
                return Optional.empty();
            }

            @Override
            public void pulled(String name, Instant at, Validators validators, String outcome) {
            }
        };
        FeedSettings settings = new FeedSettings(inbox, null, Duration.ofHours(6), 0, Duration.ofSeconds(1), null, null);
        camel = new DefaultCamelContext();
        camel.addRoutes(new EntityListRoute(feed, settings, new FeedImporter(feed, FileLimits.DEFAULT, 100,
                FeedImporter.ImportListener.NONE), noPulls, Clock.systemUTC()));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void anSdnFileDroppedInTheInboxIsOneEditionAndMovesToDone() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("entity-list-inbox").whenDone(1).create();

        Files.copy(EntityListFormatTest.sample("ofac-sdn.csv"), inbox.resolve("entity-list").resolve("sdn.csv"));

        assertTrue(done.matches(20, TimeUnit.SECONDS), "the dropped file should be imported");
        assertEquals(6, feed.entries.size());
        assertEquals(1, feed.finished.size());
        assertTrue(Files.exists(inbox.resolve("entity-list/.done/sdn.csv")));
    }

    @Test
    void anXxeFileDroppedInTheInboxGoesToFailedWithItsReason() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("entity-list-inbox").whenDone(1).create();

        Files.copy(EntityListFormatTest.sample("un-xxe.xml"), inbox.resolve("entity-list").resolve("un.xml"));

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        Path reason = inbox.resolve("entity-list/.failed/un.xml.reason.txt");
        assertTrue(Files.exists(reason));
        assertTrue(Files.readString(reason).contains("DOCTYPE"), () -> read(reason));
        assertTrue(feed.entries.isEmpty());
    }

    @Test
    void anUploadAnswersWithTheJobsOutcome() {
        Object outcome = camel.createProducerTemplate().requestBodyAndHeaders(FeedRoute.uploadEndpoint(EntityListRoute.FEED),
                EntityListFormatTest.sample("cbp-forced-labour.csv"), Map.of(Exchange.FILE_NAME, "cbp.csv", FeedRoute.JOB, 77L));

        FeedImporter.Outcome imported = (FeedImporter.Outcome) outcome;
        assertEquals(77L, imported.jobId());
        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, imported.status());
        assertEquals(5, imported.counts().created());
        assertEquals(1, imported.counts().rejected());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
