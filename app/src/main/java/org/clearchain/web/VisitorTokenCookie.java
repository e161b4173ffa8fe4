package org.clearchain.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/** A page drawn for a visitor with no form token yet gave its forms a fresh one: this sets the cookie it must match. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class VisitorTokenCookie {

    private final Cookies cookies;

    VisitorTokenCookie(Cookies cookies) {
        this.cookies = cookies;
    }

    @ResponseFilter
    void setVisitorToken(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.NEW_VISITOR_TOKEN, String.class).ifPresent(token ->
                response.cookie(cookies.make(request, CsrfTokens.COOKIE, token, Duration.ofDays(1), SameSite.Lax)));
    }
}
