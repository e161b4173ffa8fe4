package org.clearchain.account;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import org.clearchain.security.Limit;
import org.clearchain.security.LimitedPerAddress;

/** Without logging in: a user chooses a new password with the code the admin gave them. */
@Controller("/api/public/password-resets")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicPasswordResetController {

    private final UserAdministration administration;

    PublicPasswordResetController(UserAdministration administration) {
        this.administration = administration;
    }

    @Post("/redeem")
    @LimitedPerAddress(Limit.CODE_REDEMPTIONS_PER_ADDRESS)
    UserView redeem(@Body @Valid ResetRedemption redemption) {
        return administration.redeemReset(redemption);
    }
}
