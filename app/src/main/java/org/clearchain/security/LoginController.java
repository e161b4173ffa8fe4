package org.clearchain.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/**
 * {@code POST /login} in place of Micronaut's own endpoint (switched off in application.yml), so that a request it
 * cannot take is a 400 naming the field, not a 401 or a 500 (a name with control characters, a password longer
 * than BCrypt reads), and so that failures are limited ({@link SignIn}). The token is made by Micronaut's login
 * handler, as before.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private final SignIn signIn;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;

    LoginController(SignIn signIn, LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler) {
        this.signIn = signIn;
        this.loginHandler = loginHandler;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    MutableHttpResponse<?> login(@Valid @Body LoginRequest login, HttpRequest<?> request) {
        return loginHandler.loginSuccess(signIn.check(login.username(), login.password(), request), request);
    }
}
