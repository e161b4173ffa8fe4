package org.clearchain.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.LocalDate;

/** The baseline for app/bench/public-licence-bench.sh: the public licence endpoint's path, minus the register. */
@Hidden // not part of the API: it exists only while benchmarking
@Controller("/api/public/bench")
@Requires(property = "clearchain.bench.enabled", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConstantController {

    private static final Constant CONSTANT = new Constant("CC-2026-000001", "Bench Recruitment Agency 1", "PH",
            "Bench Licensing Authority", "ACTIVE", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), true,
            LocalDate.of(2026, 6, 1));

    @Get("/constant")
    Constant constant() {
        return CONSTANT;
    }

    /** Shaped like a public licence view, so both endpoints serialise the same amount of JSON. */
    @Serdeable
    record Constant(String number, String agencyName, String agencyCountry, String authority, String status,
                    LocalDate validFrom, LocalDate validUntil, boolean validToday, LocalDate checkedOn) {
    }
}
