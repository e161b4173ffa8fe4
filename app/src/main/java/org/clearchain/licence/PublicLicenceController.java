package org.clearchain.licence;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Limit;
import org.clearchain.security.LimitedPerAddress;

import java.time.Clock;
import java.time.LocalDate;

/** Public verification of a licence number, without logging in. */
@Controller("/api/public/licences")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicLicenceController {

    private final PublicLicenceLookup lookup;
    private final Clock clock;

    PublicLicenceController(PublicLicenceLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    @Get("/{number}")
    @LimitedPerAddress(Limit.VERIFICATIONS_PER_ADDRESS)
    PublicLicenceView verify(String number) {
        String normalised = number.strip().toUpperCase();
        return lookup.find(normalised)
                .map(l -> PublicLicenceView.of(l, LocalDate.now(clock)))
                .orElseThrow(() -> ProblemException.of(HttpStatus.NOT_FOUND, "Licence number " + normalised
                        + " is not in the register: it was never issued, or it is mistyped (numbers look like CC-2026-000123)."));
    }
}
