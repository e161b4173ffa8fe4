package org.clearchain.common;

import java.time.Duration;

/**
 * A unit of work the database aborted on every attempt (deadlocks, certification failures): nothing of it was
 * stored, and the same request may succeed shortly. Not a {@link ProblemException} on purpose: pages that show a
 * refusal beside a form field let this one through, to the error page that says when to come back.
 */
public final class DatabaseBusyException extends RuntimeException {

    static final String DETAIL = "The service is busy with other changes to the same records, so nothing was changed."
            + " Send the request again in a moment.";

    private final Duration retryAfter;

    DatabaseBusyException(Duration retryAfter) {
        super(DETAIL, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
