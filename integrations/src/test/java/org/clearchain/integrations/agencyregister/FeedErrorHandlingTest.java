package org.clearchain.integrations.agencyregister;

import org.apache.camel.Route;
import org.apache.camel.builder.NotifyBuilder;
import org.clearchain.integrations.feed.FeedErrorHandling;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.testing.FeedRouteTestSupport;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A feed's routes take their error handling from the one {@link FeedErrorHandling} configuration. */
class FeedErrorHandlingTest extends FeedRouteTestSupport<RegisteredLicence> {

    @Override
    protected FeedRoute<RegisteredLicence> route() {
        return new AgencyRegisterRoute(sink::open, settings(), importer(2), pulls, clock);
    }

    /** A pull URL that is never reached (the timer waits 10 s), so that all four routes exist. */
    @Override
    protected FeedSettings settings() {
        return new FeedSettings(inbox(), URI.create("http://127.0.0.1:9/register.csv"), Duration.ofHours(1), 0,
                Duration.ofMillis(10), ORGANISATION, null);
    }

    @Test
    void everyRouteOfAFeedOptsIntoTheSharedConfiguration() {
        assertEquals(List.of("agency-register-inbox", "agency-register-pull", "agency-register-pull-now",
                        "agency-register-upload"),
                context.getRoutes().stream().map(Route::getRouteId).sorted().toList());
        context.getRoutes().forEach(route -> assertEquals(FeedErrorHandling.ID, route.getConfigurationId(), route.getRouteId()));
    }

    @Test
    void aDroppedFileWhoseJobFailedFailsItsExchangeSoTheFileGoesToFailed() {
        NotifyBuilder failed = new NotifyBuilder(context).fromRoute("agency-register-inbox").whenFailed(1).create();

        Path folder = drop("agency-register/semicolons.csv");

        assertTrue(failed.matches(20, TimeUnit.SECONDS), "the failure is not swallowed by the error handling");
        assertTrue(Files.exists(folder.resolve(".failed/semicolons.csv")));
        assertEquals("FAILED", jobs.only().status);
    }
}
