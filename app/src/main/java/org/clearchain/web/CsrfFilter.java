package org.clearchain.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Forged cross-site requests are refused on every page that changes something (OWASP CSRF cheat sheet): the request
 * must come from a page of this site ({@code Origin}, else {@code Referer}, names this host or a configured origin)
 * and carry the page's token ({@link CsrfTokens}). A token sent in the {@code X-CSRF-Token} header (htmx) or the
 * {@code _csrf} query parameter (file uploads) is checked here; one sent in the form's {@code _csrf} field is checked by
 * the controller ({@link FormTokens#check}), since the body is read once, by the route. The API is not concerned: it
 * takes no cookie, and neither does a request with an {@code Authorization} header.
 */
@ServerFilter(value = ConsolePaths.PAGES_PATTERN, patternStyle = FilterPatternStyle.REGEX,
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
class CsrfFilter implements Ordered {

    private final CsrfTokens tokens;
    private final List<String> origins;

    CsrfFilter(CsrfTokens tokens, @Value("${clearchain.web.origins:}") List<String> origins) {
        this.tokens = tokens;
        this.origins = origins.stream().filter(o -> !o.isBlank()).map(CsrfFilter::hostOf).toList();
    }

    /** After the security filter, which has found the session whose token a form must carry. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 10;
    }

    /** Null lets the request through. */
    @RequestFilter
    @Nullable
    HttpResponse<?> refuseForgedRequests(HttpRequest<?> request) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        Optional<String> expected = tokens.expected(request);
        if (!fromThisSite(request) || expected.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Optional<String> sent = Optional.ofNullable(request.getHeaders().get(CsrfTokens.HEADER))
                .or(() -> request.getParameters().getFirst(CsrfTokens.FIELD));
        if (sent.isEmpty()) {
            return null;
        }
        if (!CsrfTokens.matches(expected.get(), sent.get())) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        request.setAttribute(CsrfTokens.CHECKED, Boolean.TRUE);
        return null;
    }

    private boolean fromThisSite(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            origin = request.getHeaders().get(HttpHeaders.REFERER);
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String host = hostOf(origin);
        return host.equalsIgnoreCase(request.getHeaders().get(HttpHeaders.HOST, String.class, ""))
                || origins.stream().anyMatch(host::equalsIgnoreCase);
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
