package org.clearchain.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.Duration;

/** The language switch at the top of every page: remembered for a year, and back to the page it was used on. */
@Controller("/language")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class LanguageController {

    private final Cookies cookies;

    LanguageController(Cookies cookies) {
        this.cookies = cookies;
    }

    @Get("/{tag}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> choose(String tag, @Nullable @QueryValue String back, HttpRequest<?> request) {
        if (Languages.supported(tag).isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        return HttpResponse.seeOther(LocalPaths.orHome(back))
                .cookie(cookies.make(request, Languages.COOKIE, tag, Duration.ofDays(365), SameSite.Lax));
    }
}
