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
 * cannot take is a 400 naming the field, not a 401 or a 500: a name with control characters, a password longer
 * than BCrypt reads. The token is made by Micronaut's login handler, as before.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private final Authenticator<HttpRequest<?>> authenticator;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final ApplicationEventPublisher<LoginSuccessfulEvent> successes;
    private final ApplicationEventPublisher<LoginFailedEvent> failures;

    LoginController(Authenticator<HttpRequest<?>> authenticator,
                    LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                    ApplicationEventPublisher<LoginSuccessfulEvent> successes,
                    ApplicationEventPublisher<LoginFailedEvent> failures) {
        this.authenticator = authenticator;
        this.loginHandler = loginHandler;
        this.successes = successes;
        this.failures = failures;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    MutableHttpResponse<?> login(@Valid @Body LoginRequest login, HttpRequest<?> request) {
        UsernamePasswordCredentials credentials = new UsernamePasswordCredentials(login.username(), login.password());
        AuthenticationResponse response = Mono.from(authenticator.authenticate(request, credentials)).block();
        if (response == null) {
            throw ProblemException.of(HttpStatus.UNAUTHORIZED, "The username or the password is wrong.");
        }
        if (response.isAuthenticated() && response.getAuthentication().isPresent()) {
            successes.publishEvent(new LoginSuccessfulEvent(response.getAuthentication().get()));
            return loginHandler.loginSuccess(response.getAuthentication().get(), request);
        }
        failures.publishEvent(new LoginFailedEvent(response, credentials));
        return loginHandler.loginFailed(response, request);
    }
}
