package org.clearchain.risk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.Agency;
import org.clearchain.scoring.AgencyRiskAssessment;
import org.clearchain.scoring.ScoringEngine;
import org.clearchain.security.Actor;

import java.time.Clock;
import java.time.LocalDate;

/**
 * An agency's own risk today, explained point by point and shown to one reader ({@link ContributionVisibility}), in
 * English as the engine writes it or in French.
 */
@Singleton
public class AgencyRisk {

    private final Agencies agencies;
    private final AgencyRiskFacts facts;
    private final ScoringEngine engine = ScoringEngine.v1();
    private final ContributionVisibility visibility;
    private final Clock clock;

    AgencyRisk(Agencies agencies, AgencyRiskFacts facts, ContributionVisibility visibility, Clock clock) {
        this.agencies = agencies;
        this.facts = facts;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** The assessment of an agency the reader may read; another answers 404 as the agency does. */
    @Transactional(readOnly = true)
    public AgencyRiskAssessment of(Actor reader, long agencyId) {
        Agency agency = agencies.readable(reader, agencyId);
        LocalDate today = LocalDate.now(clock);
        return visibility.present(reader, engine.assessAgency(facts.of(agency, today), today));
    }

    /** The same assessment with its explanation in French (a phrase of a shape not known stays as written). */
    public static AgencyRiskAssessment inFrench(AgencyRiskAssessment a) {
        return new AgencyRiskAssessment(a.agencyId(), a.asOf(), a.methodologyVersion(), a.score(), a.band(),
                a.contributions().stream().map(ExplanationFr::of).toList(),
                a.highRiskSectors().stream().map(ExplanationFr::sector).toList());
    }
}
