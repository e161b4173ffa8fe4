package org.clearchain.account;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

/** Every user changes their own password; the tokens issued before are refused after, this one included. */
@Controller("/api/me/password")
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnPasswordController {

    private final UserAdministration administration;

    OwnPasswordController(UserAdministration administration) {
        this.administration = administration;
    }

    @Post
    @Status(HttpStatus.NO_CONTENT)
    @Secured({Roles.ADMIN, Roles.LICENSING_OFFICER, Roles.INSPECTOR, Roles.AUDITOR, Roles.SUPPLIER})
    void change(@Body @Valid NewPassword command, Authentication user) {
        administration.changeOwn(Actor.of(user), command);
    }
}
