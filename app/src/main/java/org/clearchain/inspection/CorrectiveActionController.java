package org.clearchain.inspection;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.util.List;

/** Corrective actions on findings: set, done with evidence, verified at a follow-up, and the overdue ones. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class CorrectiveActionController {

    private final CorrectiveActions actions;

    CorrectiveActionController(CorrectiveActions actions) {
        this.actions = actions;
    }

    @Post("/findings/{id}/corrective-actions")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.INSPECTOR)
    CorrectiveAction set(long id, @Body @Valid NewCorrectiveAction action, Authentication user) {
        return actions.set(Actor.of(user), id, action);
    }

    @Post("/corrective-actions/{id}/done")
    @Secured({Roles.SUPPLIER, Roles.AUDITOR})
    CorrectiveAction done(long id, @Body @Valid Evidence evidence, Authentication user) {
        return actions.done(Actor.of(user), id, evidence.evidence());
    }

    @Post("/corrective-actions/{id}/verify")
    @Secured(Roles.INSPECTOR)
    CorrectiveAction verify(long id, @Body @Valid Verification verification, Authentication user) {
        return actions.verify(Actor.of(user), id, verification.inspectionId());
    }

    /** Open actions past their due date, of the inspector's inspectorate. */
    @Get("/corrective-actions/overdue")
    @Secured(Roles.INSPECTOR)
    List<CorrectiveAction> overdue(Authentication user) {
        return actions.overdue(Actor.of(user));
    }

    /** What shows the action was taken. */
    @Serdeable
    record Evidence(@NotBlank @Size(max = 5000) String evidence) {
    }

    /** The FOLLOW_UP inspection at which the inspector saw it done. */
    @Serdeable
    record Verification(@NotNull Long inspectionId) {
    }
}
