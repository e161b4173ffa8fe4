package org.clearchain.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * {@code Cache-Control: no-store} on every answer to a login (the API's or the console's) or to a request that carries
 * credentials (a token, or the console's session cookie, even an expired one), errors included: tokens, sessions and
 * tenants' data must not stay in a browser's or a proxy's cache. Anonymous public answers keep whatever caching they
 * set themselves.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(condition = RequestGuardsOn.class)
class NoStoreFilter implements Ordered {

    static final String LOGIN_PATH = "/login";
    /** The console's sign-in: its answer opens a session (its cookie must not be cached either). */
    static final String CONSOLE_SIGN_IN_PATH = "/sign-in";

    /**
     * Outside the security filter and Micronaut's CORS filter, so that their own 401 and 403 answers get the header too
     * (the CORS filter refuses a request from another origin to a server on localhost before any filter of ours).
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @ResponseFilter
    void noStore(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getPath().equals(LOGIN_PATH)
                || request.getPath().equals(CONSOLE_SIGN_IN_PATH)
                || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                || request.getCookies().contains(WebSessions.COOKIE)
                || request.getUserPrincipal().isPresent()) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
