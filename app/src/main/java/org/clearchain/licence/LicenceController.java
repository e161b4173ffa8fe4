package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A licence, its history, and the officer's moves: approve, reject, suspend, reinstate, revoke, surrender, renew. */
@Controller("/api/licences")
@ExecuteOn(TaskExecutors.BLOCKING)
class LicenceController {

    private final LicenceRegister register;
    private final Clock clock;

    LicenceController(LicenceRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Get("/{number}")
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
    LicenceView show(String number, Authentication user) {
        return LicenceView.of(register.readable(Actor.of(user), number), LocalDate.now(clock));
    }

    @Get("/{number}/events")
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
    List<LicenceEvent> events(String number, Authentication user) {
        return register.history(Actor.of(user), number);
    }

    @Post("/{number}/{action}")
    @Secured(Roles.LICENSING_OFFICER)
    LicenceView move(String number, String action, @Body @Nullable @Valid TransitionCommand command,
                     Authentication user) {
        LicenceAction move = LicenceAction.officerAction(action).orElseThrow(() -> ProblemException.invalidField("action",
                "'" + action + "' is not a licence action; use approve, reject, suspend, reinstate, revoke, surrender"
                        + " or renew (expiry follows from the date)"));
        Licence moved = register.move(Actor.of(user), number, move,
                command == null ? new TransitionCommand(null, null) : command);
        return LicenceView.of(moved, LocalDate.now(clock));
    }
}
