package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.clearchain.common.ProblemException;

/**
 * The second half of {@link CsrfFilter}: every controller method that takes a console form binds its {@code _csrf}
 * field ({@code @Nullable String _csrf}) and calls {@link #check} first. The pages' security suite posts
 * every form without it and expects 403.
 */
@Singleton
public class FormTokens {

    private final CsrfTokens tokens;

    FormTokens(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    /** Returns when the form carried this visitor's or session's token (or the filter checked it); else 403. */
    public void check(HttpRequest<?> request, @Nullable String sent) {
        if (request.getAttribute(CsrfTokens.CHECKED, Boolean.class).orElse(false)) {
            return;
        }
        String expected = tokens.expected(request).orElse(null);
        if (expected == null || sent == null || !CsrfTokens.matches(expected, sent)) {
            throw ProblemException.of(HttpStatus.FORBIDDEN, "The form had expired or did not come from this site.");
        }
    }
}
