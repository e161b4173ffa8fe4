package org.clearchain.integrations.agencyregister;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.clearchain.integrations.feed.FeedErrorHandling;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.FileLimits;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.clearchain.integrations.testing.MemoryPullState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A feed's routes take their error handling from the one {@link FeedErrorHandling} configuration. */
class FeedErrorHandlingTest {

    @TempDir
    Path inbox;

    private final MemoryImportJobs jobs = new MemoryImportJobs();
    private CamelContext camel;

    @BeforeEach
    void start() throws Exception {
        // a pull URL that is never reached (the timer waits 10 s), so that all four routes exist
        var settings = new FeedSettings(inbox, URI.create("http://127.0.0.1:9/register.csv"), Duration.ofHours(1), 0,
                Duration.ofMillis(10), 7L, null);
        camel = new DefaultCamelContext();
        camel.addRoutes(new FeedErrorHandling());
        camel.addRoutes(new AgencyRegisterRoute(new RecordingRegisterSink(), settings,
                new FeedImporter(jobs, FileLimits.DEFAULT, 2, FeedImporter.ImportListener.NONE), new MemoryPullState(),
                Clock.systemUTC()));
        camel.start();
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
    }

    @Test
    void everyRouteOfAFeedOptsIntoTheSharedConfiguration() {
        assertEquals(List.of("agency-register-inbox", "agency-register-pull", "agency-register-pull-now",
                        "agency-register-upload"),
                camel.getRoutes().stream().map(Route::getRouteId).sorted().toList());
        camel.getRoutes().forEach(route -> assertEquals(FeedErrorHandling.ID, route.getConfigurationId(), route.getRouteId()));
    }

    @Test
    void aDroppedFileWhoseJobFailedFailsItsExchangeSoTheFileGoesToFailed() throws Exception {
        NotifyBuilder failed = new NotifyBuilder(camel).fromRoute("agency-register-inbox").whenFailed(1).create();
        Path folder = Files.createDirectories(inbox.resolve(AgencyRegisterRoute.FEED));
        try (InputStream in = getClass().getResourceAsStream("/agency-register/semicolons.csv")) {
            Files.copy(in, folder.resolve("semicolons.csv"), StandardCopyOption.REPLACE_EXISTING);
        }

        assertTrue(failed.matches(20, TimeUnit.SECONDS), "the failure is not swallowed by the error handling");
        assertTrue(Files.exists(folder.resolve(".failed/semicolons.csv")));
        assertEquals("FAILED", jobs.only().status);
    }
}
