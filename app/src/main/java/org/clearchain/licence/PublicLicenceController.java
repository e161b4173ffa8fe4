package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Limit;
import org.clearchain.security.LimitedPerAddress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Public verification of a licence number, without logging in: today, or on a past day ({@code ?date=YYYY-MM-DD}). */
@Controller("/api/public/licences")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicLicenceController {

    private final PublicLicenceLookup lookup;
    private final PublicLicenceHistory history;
    private final Clock clock;

    PublicLicenceController(PublicLicenceLookup lookup, PublicLicenceHistory history, Clock clock) {
        this.lookup = lookup;
        this.history = history;
        this.clock = clock;
    }

    @Get("/{number}")
    @LimitedPerAddress(Limit.VERIFICATIONS_PER_ADDRESS)
    PublicLicenceView verify(String number, @QueryValue @Nullable String date) {
        String normalised = number.strip().toUpperCase();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = day(date, today);
        PublicLicence licence = lookup.find(normalised)
                .orElseThrow(() -> ProblemException.of(HttpStatus.NOT_FOUND, "Licence number " + normalised
                        + " is not in the register: it was never issued, or it is mistyped (numbers look like CC-2026-000123)."));
        if (day.equals(today)) {
            return PublicLicenceView.of(licence, today);
        }
        return history.asOf(licence, day).map(then -> PublicLicenceView.of(then, day))
                .orElseThrow(() -> ProblemException.of(HttpStatus.NOT_FOUND, "Licence number " + normalised
                        + " was not yet in the register on " + day + "."));
    }

    private static LocalDate day(String date, LocalDate today) {
        if (date == null || date.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("date", "'" + date.strip() + "' is not a date; give a day as YYYY-MM-DD, e.g. "
                    + today.minusYears(1));
        }
        if (day.isAfter(today)) {
            throw ProblemException.invalidField("date", day + " is in the future: a licence is verified for today ("
                    + today + ") or a past day, since what happens to it later is not known yet");
        }
        return day;
    }
}
