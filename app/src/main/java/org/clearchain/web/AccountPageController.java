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

/** Who is signed in: name, role and organisation, and how long a session lasts. */
@Controller("/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Hidden
class AccountPageController {

    private final Pages pages;

    AccountPageController(Pages pages) {
        this.pages = pages;
    }

    @Get
    @View("account")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> account(HttpRequest<?> request) {
        return Map.of("page", pages.of(request, "account.title"));
    }
}
