package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clearchain.common.RequestBodies;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.time.LocalDate;
import java.util.List;

/** Labour inspections: plan, record findings and referrals, complete, close, and add addenda afterwards. */
@Controller("/api/inspections")
@ExecuteOn(TaskExecutors.BLOCKING)
class InspectionController {

    private final Inspections inspections;
    private final InspectionViews views;
    private final RequestBodies bodies;
    private final Validator validator;
    private final InspectionExport export;
    private final AssistanceDirectory directory;

    InspectionController(Inspections inspections, InspectionViews views, RequestBodies bodies, Validator validator,
                         InspectionExport export, AssistanceDirectory directory) {
        this.inspections = inspections;
        this.views = views;
        this.bodies = bodies;
        this.validator = validator;
        this.export = export;
        this.directory = directory;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.INSPECTOR)
    InspectionView plan(@Body @Valid NewInspection inspection, Authentication user) {
        Actor actor = Actor.of(user);
        return view(actor, inspections.plan(actor, inspection).id());
    }

    /**
     * The inspectorate's inspections (all of them for the admin) as JSON lines in {@code schemas/json/inspection/v1},
     * the format the inspections feed imports; {@code from} and {@code to} bound the visit date. No referral data.
     */
    @Get(value = "/export.jsonl", produces = "application/x-ndjson")
    @Secured({Roles.INSPECTOR, Roles.ADMIN})
    Writable export(@QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to, Authentication user) {
        Actor actor = Actor.of(user);
        return out -> export.write(actor, from, to, out);
    }

    @Get("/{id}")
    @Secured({Roles.INSPECTOR, Roles.ADMIN, Roles.AUDITOR, Roles.SUPPLIER})
    InspectionView show(long id, Authentication user) {
        return view(Actor.of(user), id);
    }

    @Post("/{id}/findings")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.INSPECTOR)
    FindingView addFinding(long id, @Body @Valid NewFinding finding, Authentication user) {
        return FindingView.of(inspections.addFinding(Actor.of(user), id, finding), List.of());
    }

    /**
     * Counts only, and the service as an entry of the inspectorate's directory: a field that looks like a name or a
     * document number, or the service as text, is refused (400, with the directory's choices), and nothing is stored.
     */
    @Post("/{id}/referrals")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.INSPECTOR)
    ReferralView addReferral(long id, @Body JsonNode body, Authentication user) {
        Actor actor = Actor.of(user);
        IdentityGuard.checkFields(body, field -> directory.choicesToday(actor.organisationId()));
        NewReferral referral = bodies.read(body, NewReferral.class);
        var violations = validator.validate(referral);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Referral made = inspections.addReferral(actor, id, referral);
        return ReferralView.of(made, directory.byId(java.util.stream.Stream.of(made.serviceId(), made.guardianServiceId())
                .filter(java.util.Objects::nonNull).toList()));
    }

    @Post("/{id}/complete")
    @Secured(Roles.INSPECTOR)
    InspectionView complete(long id, @Body @Valid CompleteInspection command, Authentication user) {
        Actor actor = Actor.of(user);
        inspections.complete(actor, id, command);
        return view(actor, id);
    }

    @Post("/{id}/close")
    @Secured(Roles.INSPECTOR)
    InspectionView close(long id, Authentication user) {
        Actor actor = Actor.of(user);
        inspections.close(actor, id);
        return view(actor, id);
    }

    @Post("/{id}/addenda")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.INSPECTOR)
    InspectionAddendum addAddendum(long id, @Body @Valid AddendumText addendum, Authentication user) {
        return inspections.addAddendum(Actor.of(user), id, addendum.text());
    }

    private InspectionView view(Actor actor, long id) {
        return views.of(actor, id);
    }

    /** The text of an addendum. */
    @Serdeable
    record AddendumText(@NotBlank @Size(max = 10_000) String text) {
    }
}
