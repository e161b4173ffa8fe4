package org.clearchain.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.uri.UriBuilder;
import org.clearchain.common.Problem;
import org.clearchain.common.ProblemException;

import java.net.URI;
import java.util.Map;

/**
 * A page that fails answers a page, not the API's problem document: its status, a title and what to do, in the
 * visitor's language, inside the console's layout. A page that needs signing in sends the visitor to sign in first,
 * and back afterwards.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageErrorFilter implements Ordered {

    private final Pages pages;
    private final Templates templates;

    PageErrorFilter(Pages pages, Templates templates) {
        this.pages = pages;
        this.templates = templates;
    }

    /** Outermost, so that it sees the security filter's own 401 and 403 answers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void drawErrorPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean escaped = request.getAttribute(ProblemException.ESCAPED_FAILURE, Boolean.class).orElse(false);
        if (response.code() < 400 || !ConsolePaths.isPage(request.getPath()) || (Pages.drewPageFor(request) && !escaped)) {
            return;
        }
        if (response.code() == HttpStatus.UNAUTHORIZED.getCode() && request.getMethod() == HttpMethod.GET) {
            URI signIn = UriBuilder.of("/sign-in").queryParam("next", request.getUri().toString()).build();
            response.status(HttpStatus.SEE_OTHER).headers(h -> h.location(signIn)).body(null);
            return;
        }
        int status = switch (response.code()) {
            case 400, 401, 403, 404, 409, 413, 429, 503 -> response.code();
            default -> response.code() >= 500 ? 500 : 400;
        };
        String detail = response.getBody(Problem.class).map(Problem::detail).orElse(null);
        Page page = pages.of(request, "error." + status + ".title");
        String retryAfter = response.getHeaders().get(HttpHeaders.RETRY_AFTER);
        if (status == 503) {
            // a passing state (the database busy or away): say in the visitor's language when to try again, rather than
            // the API's English detail; the Retry-After header stays on the page's answer
            detail = retryAfter != null && retryAfter.matches("\\d{1,6}")
                    ? page.t("error.503.retryAfter", Long.parseLong(retryAfter)) : null;
        }
        String html = templates.render("error", Map.of("page", page, "status", status,
                "detail", detail == null ? "" : detail));
        response.body(html).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");
    }
}
