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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyCommand;
import org.clearchain.agency.Corridor;
import org.clearchain.common.ProblemException;
import org.clearchain.reference.Countries;
import org.clearchain.reference.IsicCodes;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A licensing officer registers an agency in their authority's register ({@code POST /api/agencies}'s fields, through
 * {@link Agencies}). Sectors and corridors are a few repeated rows, so the form needs no JavaScript.
 */
@Controller("/officer/agencies/new")
@Secured(Roles.LICENSING_OFFICER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class AgencyRegistrationController {

    /** Rows of sectors and of corridors on the form; an agency with more adds them by correcting its record. */
    static final int ROWS = 3;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Pages pages;
    private final FormTokens formTokens;
    private final Agencies agencies;
    private final Countries countries;
    private final IsicCodes isic;
    private final CountryOptions countryOptions;

    AgencyRegistrationController(Pages pages, FormTokens formTokens, Agencies agencies, Countries countries,
                                 IsicCodes isic, CountryOptions countryOptions) {
        this.pages = pages;
        this.formTokens = formTokens;
        this.agencies = agencies;
        this.countries = countries;
        this.isic = isic;
        this.countryOptions = countryOptions;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return view(pages.of(request, "lifecycle.agency.title"), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> register(@Body Map<String, String> form,
                             HttpRequest<?> request, Authentication user) {
        // the token from the body map itself: a second binding of the form (@Body("_csrf")) races with its decoder
        formTokens.check(request, form.get("_csrf"));
        Page page = pages.of(request, "lifecycle.agency.title");
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v == null ? "" : v.strip()));
        List<FieldMessage> errors = new ArrayList<>();
        String legalName = required(values, "legalName", 255, page, errors);
        String registrationNumber = required(values, "registrationNumber", 100, page, errors);
        String country = values.getOrDefault("country", "");
        if (!countries.isCode(country)) {
            errors.add(new FieldMessage("country", page.t("lifecycle.agency.country.missing")));
        }
        String address = optional(values, "address", 500, page, errors);
        String email = optional(values, "contactEmail", 255, page, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldMessage("contactEmail", page.t("lifecycle.agency.contactEmail.invalid")));
        }
        String phone = optional(values, "contactPhone", 50, page, errors);
        List<String> sectors = new ArrayList<>();
        List<Corridor> corridors = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            String sector = values.getOrDefault("sector" + row, "");
            if (!sector.isEmpty()) {
                if (isic.isCode(sector)) {
                    sectors.add(sector);
                } else {
                    errors.add(new FieldMessage("sector" + row, page.t("lifecycle.agency.sector.invalid", sector)));
                }
            }
            String origin = values.getOrDefault("origin" + row, "");
            String destination = values.getOrDefault("destination" + row, "");
            if (!origin.isEmpty() || !destination.isEmpty()) {
                if (!countries.isCode(origin)) {
                    errors.add(new FieldMessage("origin" + row, page.t("lifecycle.agency.origin.missing")));
                }
                if (!countries.isCode(destination)) {
                    errors.add(new FieldMessage("destination" + row, page.t("lifecycle.agency.destination.missing")));
                }
                if (countries.isCode(origin) && countries.isCode(destination)) {
                    corridors.add(new Corridor(origin, destination));
                }
            }
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(view(page.withErrors(errors), values));
        }
        Agency agency;
        try {
            agency = agencies.register(Actor.of(user), new AgencyCommand(legalName, registrationNumber, country,
                    address, email, phone, sectors, corridors));
        } catch (ProblemException refused) {
            String message = refused.status() == HttpStatus.CONFLICT
                    ? page.t("lifecycle.agency.duplicate") : page.t("lifecycle.refused", refused.getMessage());
            return HttpResponse.status(refused.status())
                    .body(view(page.withErrors(List.of(new FieldMessage("registrationNumber", message))), values));
        }
        return HttpResponse.seeOther(URI.create("/officer/agencies/" + agency.id()));
    }

    private static String required(Map<String, String> values, String field, int max, Page page, List<FieldMessage> errors) {
        String value = values.getOrDefault(field, "");
        if (value.isEmpty()) {
            errors.add(new FieldMessage(field, page.t("lifecycle.agency." + field + ".missing")));
        } else if (value.length() > max) {
            errors.add(new FieldMessage(field, page.t("lifecycle.tooLong", max)));
        }
        return value;
    }

    private static @Nullable String optional(Map<String, String> values, String field, int max, Page page,
                                             List<FieldMessage> errors) {
        String value = values.getOrDefault(field, "");
        if (value.length() > max) {
            errors.add(new FieldMessage(field, page.t("lifecycle.tooLong", max)));
        }
        return value.isEmpty() ? null : value;
    }

    private ModelAndView<Map<String, Object>> view(Page page, Map<String, String> values) {
        return new ModelAndView<>("lifecycle/agency-new", Map.of("page", page, "values", values,
                "countries", countryOptions.in(page.locale()), "rows", ROWS));
    }
}
