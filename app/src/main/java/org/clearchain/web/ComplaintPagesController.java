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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.clearchain.common.Problem;
import org.clearchain.common.ProblemException;
import org.clearchain.complaint.ComplaintProgress;
import org.clearchain.complaint.NewComplaint;
import org.clearchain.complaint.PublicComplaints;
import org.clearchain.reference.ComplaintCategory;
import org.clearchain.reference.Countries;
import org.clearchain.security.AbuseLimits;
import org.clearchain.security.ClientAddresses;
import org.clearchain.security.Limit;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public's complaint pages: filing a complaint (anonymously or not, against a registered agency named by a
 * licence number or picked by name, or a recruiter the register does not hold) and following it by its tracking code.
 * The same filing and look-up as {@code /api/public/complaints}, with the same limits per network address.
 */
@Controller("/complaints")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ComplaintPagesController {

    /** The API's limits ({@link NewComplaint}). */
    static final int DESCRIPTION_MAX = 10_000;
    static final int LICENCE_MAX = 20;
    static final int NAME_MAX = 255;
    static final int CONTACT_MAX = 255;
    private static final int CHOICES_MAX = 20;
    private static final Pattern TRACKING_CODE = Pattern.compile("CMP-[0-9A-Z]{4}-[0-9A-Z]{4}");

    private final Pages pages;
    private final FormTokens formTokens;
    private final PublicComplaints complaints;
    private final Countries countries;
    private final AbuseLimits limits;
    private final ClientAddresses addresses;

    ComplaintPagesController(Pages pages, FormTokens formTokens, PublicComplaints complaints, Countries countries,
                             AbuseLimits limits, ClientAddresses addresses) {
        this.pages = pages;
        this.formTokens = formTokens;
        this.complaints = complaints;
        this.countries = countries;
        this.limits = limits;
        this.addresses = addresses;
    }

    @Get("/new")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return formView(pages.of(request, "complaints.new.title"), ComplaintForm.empty(), List.of());
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> file(@Nullable @Body Map<String, String> body, HttpRequest<?> request) {
        // one binding of the whole form: several (one per field) race with its decoder, an occasional 500
        Map<String, String> fields = body == null ? Map.of() : body;
        formTokens.check(request, fields.get("_csrf"));
        Page page = pages.of(request, "complaints.new.title");
        ComplaintForm form = new ComplaintForm(text(fields.get("against")), text(fields.get("licenceNumber")),
                text(fields.get("agencyName")), text(fields.get("agencyId")), text(fields.get("recruiterName")),
                text(fields.get("recruiterCountry")), text(fields.get("category")), text(fields.get("description")),
                text(fields.get("identity")), text(fields.get("contact")));
        List<FieldMessage> errors = new ArrayList<>();
        List<PublicComplaints.AgencyChoice> choices = List.of();
        Long chosenAgency = null;
        switch (form.against()) {
            case "licence" -> {
                if (form.licenceNumber().isBlank()) {
                    errors.add(new FieldMessage("licenceNumber", page.t("complaints.licenceNumber.missing")));
                } else if (form.licenceNumber().strip().length() > LICENCE_MAX) {
                    errors.add(new FieldMessage("licenceNumber", page.t("complaints.licenceNumber.long", LICENCE_MAX)));
                }
            }
            case "registered" -> {
                if (form.agencyName().isBlank()) {
                    errors.add(new FieldMessage("agencyName", page.t("complaints.agencyName.missing")));
                } else {
                    choices = complaints.registeredAgenciesNamed(form.agencyName(), CHOICES_MAX);
                    chosenAgency = choices.stream().filter(c -> String.valueOf(c.id()).equals(form.agencyId()))
                            .map(PublicComplaints.AgencyChoice::id).findFirst().orElse(null);
                    if (choices.isEmpty()) {
                        errors.add(new FieldMessage("agencyName", page.t("complaints.agencyName.none", form.agencyName().strip())));
                    } else if (chosenAgency == null) {
                        errors.add(new FieldMessage("agencyId", page.t("complaints.agencyId.choose")));
                    }
                }
            }
            case "unregistered" -> {
                if (form.recruiterName().isBlank()) {
                    errors.add(new FieldMessage("recruiterName", page.t("complaints.recruiterName.missing")));
                } else if (form.recruiterName().strip().length() > NAME_MAX) {
                    errors.add(new FieldMessage("recruiterName", page.t("complaints.recruiterName.long", NAME_MAX)));
                }
                if (!countries.isCode(form.recruiterCountry())) {
                    errors.add(new FieldMessage("recruiterCountry", page.t("complaints.recruiterCountry.missing")));
                }
            }
            default -> errors.add(new FieldMessage("against", page.t("complaints.against.missing")));
        }
        Optional<ComplaintCategory> chosenCategory = Arrays.stream(ComplaintCategory.values())
                .filter(c -> c.name().equals(form.category())).findFirst();
        if (chosenCategory.isEmpty()) {
            errors.add(new FieldMessage("category", page.t("complaints.category.missing")));
        }
        if (form.description().isBlank()) {
            errors.add(new FieldMessage("description", page.t("complaints.description.missing")));
        } else if (form.description().strip().length() > DESCRIPTION_MAX) {
            errors.add(new FieldMessage("description", page.t("complaints.description.long", DESCRIPTION_MAX)));
        }
        boolean named = "named".equals(form.identity());
        if (!named && !"anonymous".equals(form.identity())) {
            errors.add(new FieldMessage("identity", page.t("complaints.identity.missing")));
        } else if (named && form.contact().isBlank()) {
            errors.add(new FieldMessage("contact", page.t("complaints.contact.missing")));
        } else if (named && form.contact().strip().length() > CONTACT_MAX) {
            errors.add(new FieldMessage("contact", page.t("complaints.contact.long", CONTACT_MAX)));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(formView(page.withErrors(errors), form, choices));
        }
        NewComplaint complaint = switch (form.against()) {
            case "licence" -> new NewComplaint(null, form.licenceNumber().strip(), null, null, chosenCategory.get(),
                    form.description(), named ? form.contact() : null);
            case "registered" -> new NewComplaint(chosenAgency, null, null, null, chosenCategory.get(),
                    form.description(), named ? form.contact() : null);
            default -> new NewComplaint(null, null, form.recruiterName(), form.recruiterCountry(), chosenCategory.get(),
                    form.description(), named ? form.contact() : null);
        };
        String trackingCode;
        try {
            limits.take(Limit.COMPLAINTS_PER_ADDRESS, addresses.of(request));
            trackingCode = complaints.file(complaint);
        } catch (ProblemException refused) {
            List<FieldMessage> why = refusal(page, form, refused);
            return HttpResponse.status(refused.status() == HttpStatus.TOO_MANY_REQUESTS ? HttpStatus.TOO_MANY_REQUESTS
                    : HttpStatus.BAD_REQUEST).body(formView(page.withErrors(why), form, choices));
        }
        Page filed = pages.of(request, "complaints.filed.title");
        return HttpResponse.ok(new ModelAndView<>("complaint-filed", Map.of("page", filed, "trackingCode", trackingCode,
                "anonymous", !named)));
    }

    @Get("/track")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> trackForm(HttpRequest<?> request) {
        return new ModelAndView<>("complaint-track", Map.of("page", pages.of(request, "complaints.track.title"), "code", ""));
    }

    /** A look-up is a POST: the tracking code is the complainant's only key, kept out of addresses and logs. */
    @Post("/track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> track(@Nullable @Body Map<String, String> body, HttpRequest<?> request) {
        // one binding of the whole form: several (one per field) race with its decoder, an occasional 500
        Map<String, String> fields = body == null ? Map.of() : body;
        formTokens.check(request, fields.get("_csrf"));
        Page page = pages.of(request, "complaints.track.title");
        String typed = text(fields.get("code"));
        String normalised = typed.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            return trackRefused(HttpStatus.BAD_REQUEST, page, typed, "complaints.code.missing");
        }
        if (!TRACKING_CODE.matcher(normalised).matches()) {
            return trackRefused(HttpStatus.BAD_REQUEST, page, typed, "complaints.code.format");
        }
        Optional<ComplaintProgress> progress;
        try {
            limits.take(Limit.COMPLAINT_LOOKUPS_PER_ADDRESS, addresses.of(request));
            progress = complaints.follow(normalised);
        } catch (ProblemException refused) {
            if (refused.status() != HttpStatus.TOO_MANY_REQUESTS) {
                throw refused;
            }
            return trackRefused(HttpStatus.TOO_MANY_REQUESTS, page, typed, "complaints.code.paused");
        }
        if (progress.isEmpty()) {
            return trackRefused(HttpStatus.NOT_FOUND, page, typed, "complaints.code.unknown");
        }
        Page status = pages.of(request, "complaints.status.title");
        return HttpResponse.ok(new ModelAndView<>("complaint-status", Map.of("page", status, "progress", progress.get())));
    }

    private static HttpResponse<?> trackRefused(HttpStatus status, Page page, String typed, String key) {
        return HttpResponse.status(status).body(new ModelAndView<>("complaint-track",
                Map.of("page", page.withErrors(List.of(new FieldMessage("code", page.t(key)))), "code", typed)));
    }

    /** The service's refusals it can foresee, in the page's words at the field they concern. */
    private static List<FieldMessage> refusal(Page page, ComplaintForm form, ProblemException refused) {
        if (refused.status() == HttpStatus.TOO_MANY_REQUESTS) {
            return List.of(new FieldMessage("against", page.t("complaints.paused")));
        }
        if (refused.status() != HttpStatus.BAD_REQUEST || refused.errors().isEmpty()) {
            throw refused;
        }
        List<FieldMessage> messages = new ArrayList<>();
        for (Problem.FieldError error : refused.errors()) {
            switch (error.field()) {
                case "licenceNumber" -> messages.add(new FieldMessage("licenceNumber",
                        page.t("complaints.licenceNumber.unknown", form.licenceNumber().strip().toUpperCase(Locale.ROOT))));
                case "agencyName" -> messages.add(new FieldMessage("recruiterName", page.t("complaints.recruiterName.unusable")));
                case "agencyCountry" -> messages.add(new FieldMessage("recruiterCountry", page.t("complaints.recruiterCountry.missing")));
                case "agencyId" -> messages.add(new FieldMessage("agencyId", page.t("complaints.agencyId.choose")));
                default -> messages.add(new FieldMessage("description", page.t("complaints.description.refused")));
            }
        }
        return messages;
    }

    private ModelAndView<Map<String, Object>> formView(Page page, ComplaintForm form,
                                                       List<PublicComplaints.AgencyChoice> choices) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("form", form);
        model.put("choices", choices);
        model.put("categories", List.of(ComplaintCategory.values()));
        model.put("countries", countryOptions(page.locale()));
        model.put("descriptionMax", DESCRIPTION_MAX);
        return new ModelAndView<>("complaint-form", model);
    }

    /** Every ISO 3166-1 country the reference data knows, named and sorted in the page's language. */
    private List<ComplaintForm.CountryOption> countryOptions(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries()).filter(countries::isCode)
                .map(code -> new ComplaintForm.CountryOption(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(ComplaintForm.CountryOption::name, collator)).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
