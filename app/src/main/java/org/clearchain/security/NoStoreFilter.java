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
 * {@code Cache-Control: no-store} on every answer to a login or to a request that carries credentials, errors
 * included: tokens and tenants' data must not stay in a browser's or a proxy's cache. Anonymous public answers
 * keep whatever caching they set themselves.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(condition = RequestGuardsOn.class)
class NoStoreFilter implements Ordered {

    static final String LOGIN_PATH = "/login";

    /** Outside the security filter, so that its own 401 and 403 answers get the header too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    void noStore(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getPath().equals(LOGIN_PATH)
                || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                || request.getUserPrincipal().isPresent()) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
