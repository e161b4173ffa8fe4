package org.clearchain.integrations.entitylist;

import org.apache.camel.Exchange;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.testing.FeedRouteTestSupport;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entity-list route in a Camel context of its own: files dropped in its inbox and uploads handed to it. */
class EntityListRouteTest extends FeedRouteTestSupport<ListedEntry> {

    @Override
    protected FeedRoute<ListedEntry> route() {
        return new EntityListRoute(sink::open, settings(), importer(100), pulls, clock);
    }

    @Test
    void anSdnFileDroppedInTheInboxIsOneEditionAndMovesToDone() {
        Path inbox = drop("entity-list/ofac-sdn.csv", "sdn.csv");

        assertEquals(6, sink.received.size());
        assertEquals(1, sink.finished.size());
        assertTrue(Files.exists(inbox.resolve(".done/sdn.csv")));
    }

    @Test
    void anXxeFileDroppedInTheInboxGoesToFailedWithItsReason() {
        Path inbox = drop("entity-list/un-xxe.xml", "un.xml");

        Path reason = inbox.resolve(".failed/un.xml.reason.txt");
        assertTrue(Files.exists(reason));
        assertTrue(read(reason).contains("DOCTYPE"), () -> read(reason));
        assertTrue(sink.received.isEmpty());
    }

    @Test
    void anUploadAnswersWithTheJobsOutcome() {
        FeedImporter.Outcome imported = upload(EntityListFormatTest.sample("cbp-forced-labour.csv"),
                Map.of(Exchange.FILE_NAME, "cbp.csv", FeedRoute.JOB, 77L));

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
