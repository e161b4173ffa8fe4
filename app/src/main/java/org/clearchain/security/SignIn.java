package org.clearchain.security;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.event.LoginSuccessfulEvent;
import jakarta.inject.Singleton;
import org.clearchain.common.ProblemException;
import reactor.core.publisher.Mono;

/**
 * One check of a username and password, for the API's {@code POST /login} and the console's sign-in page alike:
 * once a username or a client address has used up its failed logins ({@link Limit#LOGIN_FAILURES_PER_ACCOUNT},
 * {@link Limit#LOGIN_FAILURES_PER_ADDRESS}) the answer is 429 without a password check, the right password included,
 * until a try has come back. A success spends nothing.
 */
@Singleton
public class SignIn {

    /** Which of the two was wrong is not said, so that the answer does not tell which usernames exist. */
    public static final String WRONG_CREDENTIALS = "Wrong username or password. Check both and try again; after repeated"
            + " failures, logging in is paused for a while.";

    private final Authenticator<HttpRequest<?>> authenticator;
    private final ApplicationEventPublisher<LoginSuccessfulEvent> successes;
    private final ApplicationEventPublisher<LoginFailedEvent> failures;
    private final AbuseLimits limits;
    private final ClientAddresses addresses;

    SignIn(Authenticator<HttpRequest<?>> authenticator, ApplicationEventPublisher<LoginSuccessfulEvent> successes,
           ApplicationEventPublisher<LoginFailedEvent> failures, AbuseLimits limits, ClientAddresses addresses) {
        this.authenticator = authenticator;
        this.successes = successes;
        this.failures = failures;
        this.limits = limits;
        this.addresses = addresses;
    }

    /** The user, or a 401 (wrong pair) or 429 (paused) problem. */
    public Authentication check(String username, String password, HttpRequest<?> request) {
        String address = addresses.of(request);
        limits.check(Limit.LOGIN_FAILURES_PER_ACCOUNT, username);
        limits.check(Limit.LOGIN_FAILURES_PER_ADDRESS, address);
        UsernamePasswordCredentials credentials = new UsernamePasswordCredentials(username, password);
        AuthenticationResponse response = Mono.from(authenticator.authenticate(request, credentials)).block();
        if (response != null && response.isAuthenticated() && response.getAuthentication().isPresent()) {
            successes.publishEvent(new LoginSuccessfulEvent(response.getAuthentication().get()));
            return response.getAuthentication().get();
        }
        limits.spend(Limit.LOGIN_FAILURES_PER_ACCOUNT, username);
        limits.spend(Limit.LOGIN_FAILURES_PER_ADDRESS, address);
        if (response != null) {
            failures.publishEvent(new LoginFailedEvent(response, credentials));
        }
        // not the generic 401 ("log in first"): this caller did try, and must learn that the pair it sent is wrong
        throw ProblemException.of(HttpStatus.UNAUTHORIZED, WRONG_CREDENTIALS);
    }
}
