package org.clearchain.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/** The console's front page: what the public can do here without an account, and the way in for officers. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class HomeController {

    private final Pages pages;

    HomeController(Pages pages) {
        this.pages = pages;
    }

    @Get
    @View("home")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> home(HttpRequest<?> request) {
        return Map.of("page", pages.of(request, "home.title"));
    }
}
