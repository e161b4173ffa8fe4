package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.clearchain.common.Enums;
import org.clearchain.common.Flags;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.common.ProblemException;
import org.clearchain.audit.Reason;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Questionnaires, declaration requests from buyers, and suppliers' declarations. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeclarationController {

    private final Declarations declarations;
    private final DeclarationRequestRepository requests;
    private final Questionnaires questionnaires;
    private final Clock clock;

    DeclarationController(Declarations declarations, DeclarationRequestRepository requests, Questionnaires questionnaires,
                          Clock clock) {
        this.declarations = declarations;
        this.requests = requests;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Get("/questionnaires")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.INSPECTOR, Roles.ADMIN})
    List<Questionnaires.Summary> questionnaires() {
        return questionnaires.list();
    }

    /** The questionnaire's JSON Schema (draft 2020-12), with English titles and French ones under {@code x-title-fr}. */
    @Get("/questionnaires/{version}")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.INSPECTOR, Roles.ADMIN})
    HttpResponse<String> questionnaire(int version) {
        return questionnaires.schema(version)
                .map(schema -> HttpResponse.ok(schema).contentType(MediaType.of("application/schema+json")))
                .orElseThrow(() -> ProblemException.notFound("Questionnaire version " + version));
    }

    @Post("/suppliers/{id}/declaration-requests")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.AUDITOR)
    RequestView request(long id, @Body @Valid NewDeclarationRequest request, Authentication user) {
        return RequestView.of(declarations.request(Actor.of(user), id, request), LocalDate.now(clock));
    }

    /**
     * An auditor's requests, or those addressed to a supplier user's organisation. {@code status} = OPEN | ANSWERED | WITHDRAWN;
     * {@code overdue=true} keeps open requests past their due date.
     */
    @Get("/declaration-requests")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    PageView<RequestView> requests(@QueryValue @Nullable Long supplierId, @QueryValue @Nullable String status,
                                   @QueryValue @Nullable @Parameter(schema = @Schema(type = "boolean")) String overdue, @QueryValue @Nullable Integer page,
                                   @QueryValue @Nullable Integer size, Authentication user) {
        Actor actor = Actor.of(user);
        PageRequest request = PageRequest.of(page, size);
        LocalDate today = LocalDate.now(clock);
        Long buyer = actor.is(Role.AUDITOR) ? actor.organisationId() : null;
        Long supplierOrganisation = actor.is(Role.SUPPLIER) ? actor.organisationId() : null;
        DeclarationRequest.RequestStatus s = Enums.parseOrNull(DeclarationRequest.RequestStatus.class, status, "status");
        String statusName = s == null ? null : s.name();
        LocalDate overdueOn = Boolean.TRUE.equals(Flags.parseOrNull(overdue, "overdue")) ? today : null;
        List<RequestView> items = requests.search(buyer, supplierOrganisation, supplierId, statusName, overdueOn,
                request.size(), request.offset()).stream().map(r -> RequestView.of(r, today)).toList();
        return PageView.of(items, request, requests.countMatching(buyer, supplierOrganisation, supplierId, statusName, overdueOn));
    }

    @Get("/declaration-requests/{id}")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.ADMIN})
    RequestView showRequest(long id, Authentication user) {
        return RequestView.of(declarations.readableRequest(Actor.of(user), id), LocalDate.now(clock));
    }

    /** The buyer withdraws an open request, with a reason the supplier sees; it no longer counts as overdue. */
    @Post("/declaration-requests/{id}/withdraw")
    @Secured(Roles.AUDITOR)
    RequestView withdraw(long id, @Body @Valid Reason reason, Authentication user) {
        return RequestView.of(declarations.withdraw(Actor.of(user), id, reason.reason()), LocalDate.now(clock));
    }

    /** The supplier answers a request; answers failing the schema get a 400 listing every failing field. */
    @Post("/declaration-requests/{id}/declaration")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.SUPPLIER)
    // validated by Declarations.submit, with the answers, so that one 400 lists every failing field
    DeclarationView submit(long id, @Body Submission submission, Authentication user) {
        return declarations.submit(Actor.of(user), id, submission);
    }

    /** Newest first; an auditor sees only its own organisation's. */
    @Get("/suppliers/{id}/declarations")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.ADMIN})
    List<DeclarationView> ofSupplier(long id, Authentication user) {
        return declarations.ofSupplier(Actor.of(user), id);
    }
}
