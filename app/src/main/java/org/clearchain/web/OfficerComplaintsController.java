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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.common.PageRequest;
import org.clearchain.common.ProblemException;
import org.clearchain.complaint.Complaint;
import org.clearchain.complaint.ComplaintAction;
import org.clearchain.complaint.ComplaintRepository;
import org.clearchain.complaint.ComplaintStatus;
import org.clearchain.complaint.Complaints;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The complaints queue of the officer's authority, by status, each complaint with the moves open to it now as buttons.
 * A move refused because the complaint moved meanwhile (the API's 409) draws the queue again with the reason.
 */
@Controller("/officer/complaints")
@Secured(Roles.LICENSING_OFFICER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class OfficerComplaintsController {

    private final Pages pages;
    private final FormTokens formTokens;
    private final Complaints complaints;
    private final ComplaintRepository repository;
    private final AgencyRepository agencies;

    OfficerComplaintsController(Pages pages, FormTokens formTokens, Complaints complaints, ComplaintRepository repository,
                                AgencyRepository agencies) {
        this.pages = pages;
        this.formTokens = formTokens;
        this.complaints = complaints;
        this.repository = repository;
        this.agencies = agencies;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> queue(@QueryValue @Nullable String status, @QueryValue @Nullable Integer page,
                                            @QueryValue @Nullable Long moved, HttpRequest<?> request,
                                            Authentication user) {
        Actor officer = Actor.of(user);
        Page shown = pages.of(request, "officer.complaints.title");
        Complaint done = moved == null ? null : complaints.readable(officer, moved);
        return view(shown, officer, statusOf(status), page, done);
    }

    @Post("/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> move(long id, String action, @Nullable @Body Map<String, String> body, HttpRequest<?> request,
                         Authentication user) {
        // one binding of the whole form: several (one per field) race with its decoder, an occasional 500
        Map<String, String> fields = body == null ? Map.of() : body;
        formTokens.check(request, fields.get("_csrf"));
        String status = fields.get("status");
        Integer page = pageNumber(fields.get("page"));
        Actor officer = Actor.of(user);
        ComplaintStatus filter = statusOf(status);
        ComplaintAction move = ComplaintAction.of(action).orElseThrow(() -> ProblemException.invalidField("action",
                "'" + action + "' is not a complaint action"));
        Page shown = pages.of(request, "officer.complaints.title");
        try {
            complaints.move(officer, id, move);
        } catch (ProblemException refused) {
            if (refused.status() != HttpStatus.CONFLICT) {
                throw refused;
            }
            Complaint now = complaints.readable(officer, id);
            String message = refusal(shown, now, move);
            return HttpResponse.status(HttpStatus.CONFLICT).body(view(
                    shown.withErrors(List.of(new FieldMessage("complaint-" + id, message))), officer, filter, page, null));
        }
        String back = "/officer/complaints?" + (filter == null ? "" : "status=" + filter.name() + "&")
                + (page == null ? "" : "page=" + page + "&") + "moved=" + id;
        return HttpResponse.seeOther(URI.create(back));
    }

    /** The API's explanation of a refused move, in the page's words. */
    private static String refusal(Page page, Complaint now, ComplaintAction move) {
        String status = page.t("officer.complaint.status." + now.status().name());
        List<ComplaintAction> allowed = ComplaintAction.allowedFrom(now.status());
        String open = allowed.isEmpty() ? page.t("officer.complaints.refused.final")
                : allowed.stream().map(a -> page.t("officer.complaint.action." + a.name())).collect(Collectors.joining(", "));
        return page.t("officer.complaints.refused", now.trackingCode(), status,
                page.t("officer.complaint.action." + move.name()), open);
    }

    private ModelAndView<Map<String, Object>> view(Page page, Actor officer, @Nullable ComplaintStatus status,
                                                   @Nullable Integer pageNumber, @Nullable Complaint moved) {
        PageRequest paging = PageRequest.of(pageNumber, OfficerController.PAGE_SIZE);
        String statusName = status == null ? null : status.name();
        long authority = officer.organisationId();
        List<Complaint> found = repository.search(authority, null, statusName, paging.size(), paging.offset());
        long total = repository.countMatching(authority, null, statusName);
        Map<Long, String> names = agencies.findByIdIn(found.stream().map(Complaint::agencyId).filter(Objects::nonNull)
                .distinct().toList()).stream().collect(Collectors.toMap(Agency::id, Agency::legalName, (a, b) -> a));
        var rows = found.stream().map(c -> new OfficerModels.ComplaintRow(c,
                c.agencyId() == null ? null : names.get(c.agencyId()), ComplaintAction.allowedFrom(c.status()))).toList();
        int totalPages = (int) ((total + paging.size() - 1) / paging.size());
        var pagingModel = new OfficerModels.Paging(paging.page(), totalPages, total, "/officer/complaints",
                OfficerModels.Paging.param("status", statusName));
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("rows", rows);
        model.put("status", statusName == null ? "" : statusName);
        model.put("paging", pagingModel);
        model.put("moved", moved);
        return new ModelAndView<>("officer-complaints", model);
    }

    private static @Nullable ComplaintStatus statusOf(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ComplaintStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "'" + status + "' is not a complaint status");
        }
    }

    /** The page of the list the move was made from; anything but a number is the first. */
    private static Integer pageNumber(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
