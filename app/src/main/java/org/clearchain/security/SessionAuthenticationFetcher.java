package org.clearchain.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The web console's pages authenticate by the session cookie. The API never does: a cookie is sent by the browser
 * on its own, so an API that took it would answer forged cross-site requests; the API keeps its bearer tokens.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final WebSessions sessions;
    private final Scheduler blocking;

    SessionAuthenticationFetcher(WebSessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        // the JSON API only: the rest of ApiPaths (login, the documentation, /health, /metrics) changes nothing that a
        // forged request could use
        if (ApiPaths.isJsonApi(request.getPath())) {
            return Mono.empty();
        }
        Optional<String> cookie = request.getCookies().findCookie(WebSessions.COOKIE).map(Cookie::getValue)
                .filter(value -> !value.isBlank());
        if (cookie.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> sessions.authenticate(cookie.get()).orElse(null)).subscribeOn(blocking);
    }
}
