package org.clearchain.onboarding;

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
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.util.List;

/** A buyer linked to a supplier, or the admin, invites the supplier's people; the codes are shown once. */
@Controller("/api/suppliers/{id}/invitations")
@Secured({Roles.AUDITOR, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @Post
    @Status(HttpStatus.CREATED)
    IssuedInvitation invite(long id, @Body @Valid NewInvitation invitation, Authentication user) {
        return invitations.invite(Actor.of(user), id, invitation);
    }

    @Get
    List<InvitationView> list(long id, Authentication user) {
        return invitations.ofSupplier(Actor.of(user), id);
    }
}
