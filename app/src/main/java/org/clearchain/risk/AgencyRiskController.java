package org.clearchain.risk;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.clearchain.scoring.AgencyRiskAssessment;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

/**
 * An agency's own risk, explained point by point: its licence, substantiated complaints, findings where it placed workers.
 * A complaint or finding the caller may not read keeps its rule and points only ({@link ContributionVisibility}).
 */
@Controller("/api/agencies/{id}/risk")
@Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class AgencyRiskController {

    private final AgencyRisk risk;

    AgencyRiskController(AgencyRisk risk) {
        this.risk = risk;
    }

    @Get
    AgencyRiskAssessment risk(long id, Authentication user) {
        return risk.of(Actor.of(user), id);
    }
}
