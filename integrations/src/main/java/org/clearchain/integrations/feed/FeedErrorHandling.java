package org.clearchain.integrations.feed;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * How every feed route fails, in one place: routes opt in with {@code .routeConfigurationId(FeedErrorHandling.ID)}.
 * A dropped file whose import job failed has already been explained (the job, and a {@code .reason.txt} beside the
 * file), so its exception is not handled — the file consumer still sees it and moves the file to {@code .failed/} —
 * and not logged again as a stack trace. Add this builder to any Camel context that runs feed routes.
 */
public final class FeedErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "clearchain-feed-errors";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(ImportFailedException.class).handled(false).logStackTrace(false).logExhausted(false);
    }

    /** Tells the file consumer that a dropped file's import failed, so that it moves the file to {@code .failed/}. */
    static final class ImportFailedException extends RuntimeException {
        ImportFailedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
