package org.clearchain.risk;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.Agency;
import org.clearchain.scoring.AgencyRiskAssessment;
import org.clearchain.scoring.ScoringEngine;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.time.Clock;
import java.time.LocalDate;

/**
 * An agency's own risk, explained point by point: its licence, substantiated complaints, findings where it placed workers.
 * A complaint or finding the caller may not read keeps its rule and points only ({@link ContributionVisibility}).
 */
@Controller("/api/agencies/{id}/risk")
@Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class AgencyRiskController {

    private final Agencies agencies;
    private final AgencyRiskFacts facts;
    private final ScoringEngine engine = ScoringEngine.v1();
    private final ContributionVisibility visibility;
    private final Clock clock;

    AgencyRiskController(Agencies agencies, AgencyRiskFacts facts, ContributionVisibility visibility, Clock clock) {
        this.agencies = agencies;
        this.facts = facts;
        this.visibility = visibility;
        this.clock = clock;
    }

    @Get
    @Transactional(readOnly = true)
    AgencyRiskAssessment risk(long id, Authentication user) {
        Actor actor = Actor.of(user);
        Agency agency = agencies.readable(actor, id);
        LocalDate today = LocalDate.now(clock);
        return visibility.present(actor, engine.assessAgency(facts.of(agency, today), today));
    }
}
