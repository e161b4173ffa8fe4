package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.SignIn;
import org.clearchain.security.WebSessions;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Signing in and out of the console. The password is checked as {@code POST /login} checks it ({@link SignIn}: the
 * same limits on failures); a success opens a new session ({@link WebSessions}, a fresh id every time) and goes back
 * to the page that asked for it, or to the person's own start page.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class SignInController {

    private final Pages pages;
    private final SignIn signIn;
    private final WebSessions sessions;
    private final Cookies cookies;
    private final StartPages startPages;
    private final FormTokens formTokens;

    SignInController(Pages pages, SignIn signIn, WebSessions sessions, Cookies cookies, StartPages startPages,
                     FormTokens formTokens) {
        this.formTokens = formTokens;
        this.pages = pages;
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookies = cookies;
        this.startPages = startPages;
    }

    private record SignInForm(@Nullable String username, @Nullable String password, @Nullable String next) {
    }

    @Get("/sign-in")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(@Nullable @QueryValue String next, HttpRequest<?> request) {
        return view(pages.of(request, "signin.title"), "", next);
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> signIn(@Nullable @Body Map<String, String> body, HttpRequest<?> request) {
        // one binding of the whole form: several (one per field) race with its decoder, an occasional 500
        Map<String, String> fields = body == null ? Map.of() : body;
        formTokens.check(request, fields.get("_csrf"));
        SignInForm form = new SignInForm(fields.get("username"), fields.get("password"), fields.get("next"));
        Page page = pages.of(request, "signin.title");
        String name = form.username() == null ? "" : form.username().strip();
        String secret = form.password() == null ? "" : form.password();
        List<FieldMessage> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(new FieldMessage("username", page.t("signin.username.missing")));
        }
        if (secret.isEmpty()) {
            errors.add(new FieldMessage("password", page.t("signin.password.missing")));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(view(page.withErrors(errors), name, form.next()));
        }
        Authentication user;
        try {
            user = signIn.check(name, secret, request);
        } catch (ProblemException refused) {
            String message = refused.status() == HttpStatus.TOO_MANY_REQUESTS ? page.t("signin.paused")
                    : page.t("signin.wrong");
            return HttpResponse.status(refused.status())
                    .body(view(page.withErrors(List.of(new FieldMessage("username", message))), name, form.next()));
        }
        String cookie = sessions.open(user);
        URI destination = form.next() == null || form.next().isBlank() ? startPages.of(Actor.of(user).role())
                : LocalPaths.orHome(form.next());
        return HttpResponse.seeOther(destination)
                .cookie(cookies.make(request, WebSessions.COOKIE, cookie, sessions.absoluteTimeout(), SameSite.Lax));
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> signOut(@Nullable String _csrf, HttpRequest<?> request) {
        formTokens.check(request, _csrf);
        request.getCookies().findCookie(WebSessions.COOKIE).ifPresent(c -> sessions.close(c.getValue()));
        return HttpResponse.seeOther(URI.create("/")).cookie(cookies.expire(request, WebSessions.COOKIE));
    }

    private static ModelAndView<Map<String, Object>> view(Page page, String username, @Nullable String next) {
        return new ModelAndView<>("sign-in", Map.of("page", page, "username", username, "next", next == null ? "" : next));
    }
}
