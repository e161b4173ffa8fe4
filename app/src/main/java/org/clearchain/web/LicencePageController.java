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
import org.clearchain.agency.AgencyAccess;
import org.clearchain.common.ProblemException;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceAction;
import org.clearchain.licence.LicenceRegister;
import org.clearchain.licence.LicenceStatus;
import org.clearchain.licence.LicenceView;
import org.clearchain.licence.TransitionCommand;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A licence, its history, and its authority's officer's moves: one form for each move the lifecycle allows now
 * ({@link LicenceRegister#movesFrom}), asking for the reason where the move needs one. A refused move is shown on the
 * page with what is allowed instead, and the form keeps what was typed.
 */
@Controller("/officer/licences/{number}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class LicencePageController {

    private final Pages pages;
    private final FormTokens formTokens;
    private final LicenceRegister register;
    private final Agencies agencies;
    private final Clock clock;

    LicencePageController(Pages pages, FormTokens formTokens, LicenceRegister register, Agencies agencies, Clock clock) {
        this.pages = pages;
        this.formTokens = formTokens;
        this.register = register;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
    ModelAndView<Map<String, Object>> show(String number, HttpRequest<?> request, Authentication user) {
        Licence licence = register.readable(Actor.of(user), number);
        return view(pages.of(request, "lifecycle.licence.title", licence.number()), licence, Actor.of(user), Map.of());
    }

    @Post("/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(Roles.LICENSING_OFFICER)
    HttpResponse<?> move(String number, String action, @Body Map<String, String> form, HttpRequest<?> request,
                         Authentication user) {
        // the token from the body map itself: a second binding of the form (@Body("_csrf")) races with its decoder
        formTokens.check(request, form.get("_csrf"));
        Actor actor = Actor.of(user);
        Licence licence = register.readable(actor, number);
        LicenceAction move = Arrays.stream(LicenceAction.values()).filter(a -> a.name().equalsIgnoreCase(action))
                .filter(a -> a != LicenceAction.APPLY && a != LicenceAction.EXPIRE && a != LicenceAction.IMPORT)
                .findFirst().orElseThrow(() -> ProblemException.invalidField("action", "'" + action + "' is not a move of a licence"));
        Page page = pages.of(request, "lifecycle.licence.title", licence.number());
        String name = move.name().toLowerCase(Locale.ROOT);
        Map<String, String> values = new HashMap<>();
        // each move's form names its fields after the move, so that every field of the page has an id of its own
        values.put("reason-" + name, strip(form.get("reason-" + name)));
        values.put("validUntil-" + name, strip(form.get("validUntil-" + name)));
        String reason = values.get("reason-" + name);
        String written = values.get("validUntil-" + name);
        List<FieldMessage> errors = new ArrayList<>();
        if (move.needsReason() && reason.isEmpty()) {
            errors.add(new FieldMessage("reason-" + name, page.t("lifecycle.move.reason.missing")));
        } else if (reason.length() > 2000) {
            errors.add(new FieldMessage("reason-" + name, page.t("lifecycle.tooLong", 2000)));
        }
        LocalDate validUntil = null;
        if (!written.isEmpty()) {
            try {
                validUntil = LocalDate.parse(written);
            } catch (DateTimeParseException e) {
                errors.add(new FieldMessage("validUntil-" + name, page.t("lifecycle.date.invalid", written)));
            }
        } else if (move == LicenceAction.RENEW) {
            errors.add(new FieldMessage("validUntil-" + name, page.t("lifecycle.date.missing")));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(view(page.withErrors(errors), licence, actor, values));
        }
        try {
            register.move(actor, number, move, new TransitionCommand(reason.isEmpty() ? null : reason, validUntil));
        } catch (ProblemException refused) {
            Licence now = register.readable(actor, number);
            if (refused.status() == HttpStatus.CONFLICT && !reason.isEmpty()) {
                // the move's form may be gone from the page now: its words go to every move still offered
                LicenceRegister.movesFrom(now.statusOn(LocalDate.now(clock))).forEach(a ->
                        values.put("reason-" + a.name().toLowerCase(Locale.ROOT), reason));
                values.put("unsent", reason);
            }
            return HttpResponse.status(refused.status())
                    .body(view(page.withErrors(List.of(explain(refused, move, now, page))), now, actor, values));
        }
        return HttpResponse.seeOther(URI.create("/officer/licences/" + number + "#history"));
    }

    /** The service's refusal in the page's language, at the field it concerns, or at the moves when it is the state. */
    private FieldMessage explain(ProblemException refused, LicenceAction move, Licence now, Page page) {
        String name = move.name().toLowerCase(Locale.ROOT);
        if (refused.status() == HttpStatus.CONFLICT) {
            LicenceStatus status = now.statusOn(LocalDate.now(clock));
            List<LicenceAction> allowed = LicenceRegister.movesFrom(status);
            String state = page.t("lifecycle.status." + status.name());
            String action = page.t("lifecycle.action." + move.name());
            String message = allowed.isEmpty() ? page.t("lifecycle.move.refused.final", state, action)
                    : page.t("lifecycle.move.refused", state, action, allowed.stream()
                            .map(a -> page.t("lifecycle.action." + a.name())).collect(Collectors.joining(", ")));
            return new FieldMessage("moves", message);
        }
        boolean atEnd = refused.errors().stream().anyMatch(e -> "validUntil".equals(e.field()));
        if (atEnd) {
            return new FieldMessage("validUntil-" + name, move == LicenceAction.RENEW
                    ? page.t("lifecycle.move.validUntil.renew", page.date(now.validUntil()))
                    : page.t("lifecycle.move.validUntil.approve", page.date(now.validFrom())));
        }
        return new FieldMessage("moves", page.t("lifecycle.refused", refused.getMessage()));
    }

    private ModelAndView<Map<String, Object>> view(Page page, Licence licence, Actor actor, Map<String, String> values) {
        LicenceView view = LicenceView.of(licence, LocalDate.now(clock));
        boolean keeper = AgencyAccess.canChange(actor, licence.authorityId());
        List<LicenceMove> moves = keeper ? LicenceRegister.movesFrom(view.status()).stream().map(LicenceMove::of).toList() : List.of();
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("licence", view);
        model.put("agency", agencies.readable(actor, licence.agencyId()));
        model.put("events", register.history(actor, licence.number()));
        model.put("keeper", keeper);
        model.put("moves", moves);
        model.put("values", values);
        return new ModelAndView<>("lifecycle/licence", model);
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
