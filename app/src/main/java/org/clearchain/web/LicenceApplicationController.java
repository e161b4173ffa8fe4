package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.Agency;
import org.clearchain.common.ProblemException;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceApplication;
import org.clearchain.licence.LicenceRegister;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A licensing officer files a licence application for an agency of their register: it starts PENDING. */
@Controller("/officer/agencies/{id}/licences/new")
@Secured(Roles.LICENSING_OFFICER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class LicenceApplicationController {

    private final Pages pages;
    private final FormTokens formTokens;
    private final Agencies agencies;
    private final LicenceRegister register;

    LicenceApplicationController(Pages pages, FormTokens formTokens, Agencies agencies, LicenceRegister register) {
        this.pages = pages;
        this.formTokens = formTokens;
        this.agencies = agencies;
        this.register = register;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(long id, HttpRequest<?> request, Authentication user) {
        Agency agency = agencies.readable(Actor.of(user), id);
        return view(pages.of(request, "lifecycle.licence.new.title"), agency, Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> file(long id, @Body Map<String, String> form,
                         HttpRequest<?> request, Authentication user) {
        // the token from the body map itself: a second binding of the form (@Body("_csrf")) races with its decoder
        formTokens.check(request, form.get("_csrf"));
        Agency agency = agencies.readable(Actor.of(user), id);
        Page page = pages.of(request, "lifecycle.licence.new.title");
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v == null ? "" : v.strip()));
        List<FieldMessage> errors = new ArrayList<>();
        String scope = values.getOrDefault("scope", "");
        if (scope.isEmpty()) {
            errors.add(new FieldMessage("scope", page.t("lifecycle.licence.scope.missing")));
        } else if (scope.length() > 1000) {
            errors.add(new FieldMessage("scope", page.t("lifecycle.tooLong", 1000)));
        }
        LocalDate validFrom = date(values, "validFrom", page, errors);
        LocalDate validUntil = date(values, "validUntil", page, errors);
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            errors.add(new FieldMessage("validUntil", page.t("lifecycle.licence.validUntil.beforeStart", page.date(validFrom))));
        }
        String conditions = values.getOrDefault("conditions", "");
        if (conditions.length() > 5000) {
            errors.add(new FieldMessage("conditions", page.t("lifecycle.tooLong", 5000)));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(view(page.withErrors(errors), agency, values));
        }
        Licence licence;
        try {
            licence = register.apply(Actor.of(user), id, new LicenceApplication(scope, validFrom, validUntil,
                    conditions.isEmpty() ? null : conditions));
        } catch (ProblemException refused) {
            return HttpResponse.status(refused.status()).body(view(page.withErrors(List.of(
                    new FieldMessage("scope", page.t("lifecycle.refused", refused.getMessage())))), agency, values));
        }
        return HttpResponse.seeOther(URI.create("/officer/licences/" + licence.number()));
    }

    /** A day written as the hint shows, 2027-03-31; null (and an error at the field) otherwise. */
    static @Nullable LocalDate date(Map<String, String> values, String field, Page page, List<FieldMessage> errors) {
        String written = values.getOrDefault(field, "");
        if (written.isEmpty()) {
            errors.add(new FieldMessage(field, page.t("lifecycle.date.missing")));
            return null;
        }
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            errors.add(new FieldMessage(field, page.t("lifecycle.date.invalid", written)));
            return null;
        }
    }

    private static ModelAndView<Map<String, Object>> view(Page page, Agency agency, Map<String, String> values) {
        return new ModelAndView<>("lifecycle/licence-new", Map.of("page", page, "agency", agency, "values", values));
    }
}
