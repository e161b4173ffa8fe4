package org.clearchain.onboarding;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import org.clearchain.security.Limit;
import org.clearchain.security.LimitedPerAddress;

/** Without logging in: the invited person redeems the code with the username and password they choose. */
@Controller("/api/public/invitations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicInvitationController {

    private final Invitations invitations;

    PublicInvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @Post("/redeem")
    @Status(HttpStatus.CREATED)
    @LimitedPerAddress(Limit.CODE_REDEMPTIONS_PER_ADDRESS)
    Redeemed redeem(@Body @Valid Redemption redemption) {
        return invitations.redeem(redemption);
    }
}
