package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.licence.PublicAgency;
import org.clearchain.licence.PublicLicenceView;
import org.clearchain.licence.PublicMove;
import org.clearchain.licence.PublicRegister;
import org.clearchain.licence.PublicVerification;
import org.clearchain.reference.IsicCodes;
import org.clearchain.reference.SectorNames;
import org.clearchain.security.Limit;
import org.clearchain.security.LimitedPerAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public's pages, no sign-in: a licence verified by its number (the verdict the JSON verification gives, from the
 * same memory), the register searched by name, country and sector, and an agency's public page with its licences and
 * their moves. Only what the public JSON endpoints show is shown.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class PublicPagesController {

    /** Licence numbers as the register holds them: CC-2026-000123, or a feed's own (letters, digits, dots, dashes). */
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,19}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int PAGE_SIZE = 20;

    private final Pages pages;
    private final PublicVerification verification;
    private final PublicRegister register;
    private final SectorNames sectorNames;
    private final IsicCodes isic;

    PublicPagesController(Pages pages, PublicVerification verification, PublicRegister register,
                          SectorNames sectorNames, IsicCodes isic) {
        this.pages = pages;
        this.verification = verification;
        this.register = register;
        this.sectorNames = sectorNames;
        this.isic = isic;
    }

    // --- verification ---------------------------------------------------------------------------------------------

    /** The form; with {@code ?number=} (the form sent without JavaScript) it goes on to that number's verdict. */
    @Get("/verify")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> verifyForm(@Nullable @QueryValue String number, HttpRequest<?> request) {
        if (number == null) {
            return HttpResponse.ok(verifyView(pages.of(request, "public.verify.title"), "", false));
        }
        String typed = PublicVerification.normalise(number);
        Optional<String> error = numberError(request, typed);
        if (error.isPresent()) {
            return formWithError(request, number, error.get());
        }
        return HttpResponse.seeOther(UriBuilder.of("/verify").path(typed).build());
    }

    @Get("/verify/{number}")
    @Produces(MediaType.TEXT_HTML)
    @LimitedPerAddress(Limit.VERIFICATIONS_PER_ADDRESS)
    HttpResponse<?> verify(String number, HttpRequest<?> request) {
        String typed = PublicVerification.normalise(number);
        Optional<String> error = numberError(request, typed);
        if (error.isPresent()) {
            return formWithError(request, number, error.get());
        }
        Optional<PublicVerification.Verified> found = verification.today(typed);
        if (found.isEmpty()) {
            return HttpResponse.notFound(verifyView(pages.of(request, "public.verify.unknown.title"), typed, true));
        }
        PublicVerification.Verified verified = found.get();
        Page page = pages.of(request, "public.verdict.title", typed);
        return HttpResponse.ok(new ModelAndView<>("public-verdict", Map.of("page", page, "licence", verified.licence(),
                "agencyId", verified.agencyId(), "reason", reason(page, verified))));
    }

    private Optional<String> numberError(HttpRequest<?> request, String typed) {
        if (typed.isEmpty()) {
            return Optional.of("public.verify.number.missing");
        }
        if (!NUMBER.matcher(typed).matches()) {
            return Optional.of("public.verify.number.malformed");
        }
        return Optional.empty();
    }

    private HttpResponse<?> formWithError(HttpRequest<?> request, String typed, String key) {
        Page page = pages.of(request, "public.verify.title");
        page = page.withErrors(List.of(new FieldMessage("number", page.t(key))));
        return HttpResponse.badRequest(verifyView(page, typed.strip(), false));
    }

    private static ModelAndView<Map<String, Object>> verifyView(Page page, String number, boolean unknown) {
        return new ModelAndView<>("public-verify", Map.of("page", page, "number", number, "unknown", unknown));
    }

    /** Why the licence is not valid today, in the visitor's language (the JSON's {@code notValidBecause}). */
    static String reason(Page page, PublicVerification.Verified verified) {
        PublicLicenceView l = verified.licence();
        if (l.validToday()) {
            return "";
        }
        String since = verified.statusSince() == null ? null : page.date(verified.statusSince());
        String key = "public.reason." + l.status().name();
        return switch (l.status()) {
            case ACTIVE -> page.t(key, page.date(l.validFrom()));
            case EXPIRED -> page.t(key, page.date(l.validUntil().plusDays(1)), page.date(l.validUntil()));
            case PENDING -> page.t(key);
            case SUSPENDED, REVOKED, SURRENDERED, REJECTED -> since == null ? page.t(key + ".undated", l.authority())
                    : page.t(key, since, l.authority());
        };
    }

    // --- the register ---------------------------------------------------------------------------------------------

    @Get("/register")
    @Produces(MediaType.TEXT_HTML)
    @LimitedPerAddress(Limit.VERIFICATIONS_PER_ADDRESS)
    HttpResponse<?> search(@Nullable @QueryValue String name, @Nullable @QueryValue String country,
                           @Nullable @QueryValue String sector, @Nullable @QueryValue("page") String pageNumber,
                           HttpRequest<?> request) {
        Page page = pages.of(request, "public.register.title");
        String nameValue = name == null ? "" : name.strip();
        String countryValue = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        String sectorValue = sector == null ? "" : sector.strip();
        List<FieldMessage> errors = new ArrayList<>();
        if (!countryValue.isEmpty() && !COUNTRY.matcher(countryValue).matches()) {
            errors.add(new FieldMessage("country", page.t("public.register.country.malformed")));
        }
        String sectorCode = null;
        if (!sectorValue.isEmpty()) {
            sectorCode = sectorNames.isicFor(sectorValue).orElse(null);
            if (sectorCode == null) {
                errors.add(new FieldMessage("sector", page.t("public.register.sector.unknown")));
            }
        }
        if (nameValue.length() > 255) {
            errors.add(new FieldMessage("name", page.t("public.register.name.long")));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", nameValue);
        model.put("country", countryValue);
        model.put("sector", sectorValue);
        if (!errors.isEmpty()) {
            model.put("page", page.withErrors(errors));
            model.put("results", null);
            return HttpResponse.badRequest(new ModelAndView<>("public-register", model));
        }
        boolean searched = name != null || country != null || sector != null || pageNumber != null;
        int current = pageNumber(pageNumber);
        PageView<PublicAgency> results = searched
                ? register.search(nameValue, countryValue, sectorCode, PageRequest.of(current - 1, PAGE_SIZE)) : null;
        model.put("page", page);
        model.put("results", results);
        // in the form's order: the links read the same on every run (Map.of's order changes from one JVM to the next)
        Map<String, String> search = new java.util.LinkedHashMap<>();
        search.put("name", nameValue);
        search.put("country", countryValue);
        search.put("sector", sectorValue);
        model.put("pagination", results == null ? null : Pagination.of("/register", search, current, results.totalPages()));
        model.put("sectorTitles", results == null ? Map.of() : sectorTitles(results.items()));
        return HttpResponse.ok(new ModelAndView<>("public-register", model));
    }

    /** Page numbers start at 1; anything else reads as the first page. */
    private static int pageNumber(@Nullable String text) {
        try {
            int n = text == null ? 1 : Integer.parseInt(text.strip());
            return n < 1 || n > 100_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Map<String, String> sectorTitles(List<PublicAgency> agencies) {
        Map<String, String> titles = new LinkedHashMap<>();
        agencies.forEach(a -> a.sectors().forEach(code -> titles.computeIfAbsent(code, c -> isic.title(c).orElse(c))));
        return titles;
    }

    @Get("/register/agencies/{id}")
    @Produces(MediaType.TEXT_HTML)
    @LimitedPerAddress(Limit.VERIFICATIONS_PER_ADDRESS)
    HttpResponse<?> agency(String id, HttpRequest<?> request) {
        Optional<PublicAgency> agency = parseId(id).flatMap(register::agency);
        if (agency.isEmpty()) {
            Page page = pages.of(request, "error.404.title");
            return HttpResponse.notFound(new ModelAndView<>("error", Map.of("page", page, "status", 404,
                    "detail", page.t("public.agency.missing"))));
        }
        Map<String, List<PublicMove>> moves = new LinkedHashMap<>();
        agency.get().licences().forEach(l -> moves.put(l.number(), register.moves(l.number())));
        Page page = pages.of(request, "public.agency.title", agency.get().legalName());
        return HttpResponse.ok(new ModelAndView<>("public-agency", Map.of("page", page, "agency", agency.get(),
                "moves", moves, "sectorTitles", sectorTitles(List.of(agency.get())))));
    }

    private static Optional<Long> parseId(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
