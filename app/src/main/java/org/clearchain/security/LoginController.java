package org.clearchain.security;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.event.LoginSuccessfulEvent;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import org.clearchain.common.ProblemException;
import reactor.core.publisher.Mono;

/**
 * {@code POST /login} in place of Micronaut's own endpoint (switched off in application.yml), so that a request it
 * cannot take is a 400 naming the field, not a 401 or a 500 (a name with control characters, a password longer
 * than BCrypt reads), and so that failures are limited: once a username or a client address has used up its
 * failed logins ({@link Limit#LOGIN_FAILURES_PER_ACCOUNT}, {@link Limit#LOGIN_FAILURES_PER_ADDRESS}) the answer is
 * 429 without a password check, the right password included, until a try has come back. A success spends nothing.
 * The token is made by Micronaut's login handler, as before.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    /** Which of the two was wrong is not said, so that the answer does not tell which usernames exist. */
    static final String WRONG_CREDENTIALS = "Wrong username or password. Check both and try again; after repeated"
            + " failures, logging in is paused for a while.";

    private final Authenticator<HttpRequest<?>> authenticator;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final ApplicationEventPublisher<LoginSuccessfulEvent> successes;
    private final ApplicationEventPublisher<LoginFailedEvent> failures;
    private final AbuseLimits limits;
    private final ClientAddresses addresses;

    LoginController(Authenticator<HttpRequest<?>> authenticator,
                    LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                    ApplicationEventPublisher<LoginSuccessfulEvent> successes,
                    ApplicationEventPublisher<LoginFailedEvent> failures,
                    AbuseLimits limits, ClientAddresses addresses) {
        this.authenticator = authenticator;
        this.loginHandler = loginHandler;
        this.successes = successes;
        this.failures = failures;
        this.limits = limits;
        this.addresses = addresses;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    MutableHttpResponse<?> login(@Valid @Body LoginRequest login, HttpRequest<?> request) {
        String address = addresses.of(request);
        limits.check(Limit.LOGIN_FAILURES_PER_ACCOUNT, login.username());
        limits.check(Limit.LOGIN_FAILURES_PER_ADDRESS, address);
        UsernamePasswordCredentials credentials = new UsernamePasswordCredentials(login.username(), login.password());
        AuthenticationResponse response = Mono.from(authenticator.authenticate(request, credentials)).block();
        if (response != null && response.isAuthenticated() && response.getAuthentication().isPresent()) {
            successes.publishEvent(new LoginSuccessfulEvent(response.getAuthentication().get()));
            return loginHandler.loginSuccess(response.getAuthentication().get(), request);
        }
        limits.spend(Limit.LOGIN_FAILURES_PER_ACCOUNT, login.username());
        limits.spend(Limit.LOGIN_FAILURES_PER_ADDRESS, address);
        if (response != null) {
            failures.publishEvent(new LoginFailedEvent(response, credentials));
        }
        // not the generic 401 ("log in first"): this caller did try, and must learn that the pair it sent is wrong
        throw ProblemException.of(HttpStatus.UNAUTHORIZED, WRONG_CREDENTIALS);
    }
}
