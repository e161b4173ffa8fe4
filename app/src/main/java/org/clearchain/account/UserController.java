package org.clearchain.account;

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
import jakarta.validation.Valid;
import org.clearchain.audit.Reason;
import org.clearchain.audit.RevisionView;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.util.List;

/** The admin disables, enables and resets users, each with a reason kept in the user's history. */
@Controller("/api/users/{id}")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {

    private final UserAdministration administration;

    UserController(UserAdministration administration) {
        this.administration = administration;
    }

    /** A disabled user cannot log in, and the tokens it holds are refused from now on. */
    @Post("/disable")
    UserView disable(long id, @Body @Valid Reason reason, Authentication user) {
        return administration.setEnabled(Actor.of(user), id, false, reason.reason());
    }

    @Post("/enable")
    UserView enable(long id, @Body @Valid Reason reason, Authentication user) {
        return administration.setEnabled(Actor.of(user), id, true, reason.reason());
    }

    /** A one-time code for the user to choose a new password with ({@code POST /api/public/password-resets/redeem}). */
    @Post("/password-reset")
    @Status(HttpStatus.CREATED)
    IssuedCode resetPassword(long id, @Body @Valid Reason reason, Authentication user) {
        return administration.issueReset(Actor.of(user), id, reason.reason());
    }

    @Get("/history")
    List<RevisionView> history(long id) {
        return administration.history(id);
    }
}
