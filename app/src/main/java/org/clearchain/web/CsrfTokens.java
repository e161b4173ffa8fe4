package org.clearchain.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The token every form carries (OWASP's synchronizer token): a signed-in person's is kept with the session; a
 * visitor's (a complaint filed without an account) is a random cookie that the form repeats, which a page of
 * another site can neither read nor set.
 */
@Singleton
class CsrfTokens {

    static final String COOKIE = "clearchain_csrf";
    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    /** A request attribute: the visitor's token was made for this page, and its cookie must be set. */
    static final String NEW_VISITOR_TOKEN = "clearchain.csrf.new";
    /** A request attribute: the token came in a header or the query and {@link CsrfFilter} found it right. */
    static final String CHECKED = "clearchain.csrf.checked";

    private final SecureRandom random = new SecureRandom();

    String forPage(HttpRequest<?> request) {
        Optional<String> token = Pages.sessionToken(request).or(() -> Pages.visitorToken(request))
                .or(() -> request.getAttribute(NEW_VISITOR_TOKEN, String.class));
        if (token.isPresent()) {
            return token.get();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(NEW_VISITOR_TOKEN, fresh);
        return fresh;
    }

    static boolean matches(String expected, String sent) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** What a form sent must match: the session's token when signed in through the console, else the cookie. */
    Optional<String> expected(HttpRequest<?> request) {
        return Pages.sessionToken(request).or(() -> Pages.visitorToken(request));
    }
}
