package org.clearchain.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import org.clearchain.common.ProblemException;

import java.time.Instant;
import java.time.ZoneOffset;

/** The three ways a one-time code can fail, each said plainly: unknown, used already, expired. */
public final class CodeRedemption {

    private CodeRedemption() {
    }

    public static ProblemException unknown(String what) {
        return ProblemException.of(HttpStatus.NOT_FOUND, "No " + what + " has this code. Check it as written (letters"
                + " and digits; case and dashes do not matter), or ask for a new one.");
    }

    /** 409 if it was used, 410 if it expired; null while it is still good. */
    public static @Nullable ProblemException refusal(String what, @Nullable Instant usedAt, Instant expiresAt, Instant now) {
        if (usedAt != null) {
            return ProblemException.of(HttpStatus.CONFLICT, "This " + what + " was used already, on "
                    + usedAt.atZone(ZoneOffset.UTC).toLocalDate() + "; a code works once. Ask for a new one.");
        }
        if (!now.isBefore(expiresAt)) {
            return ProblemException.of(HttpStatus.GONE, "This " + what + " expired on "
                    + expiresAt.atZone(ZoneOffset.UTC).toLocalDate() + " (UTC); ask for a new one.");
        }
        return null;
    }
}
