package org.clearchain.risk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.Agency;
import org.clearchain.complaint.ComplaintCategory;
import org.clearchain.inspection.Indicator;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.licence.LicenceStatus;
import org.clearchain.scoring.AgencyComplaintFact;
import org.clearchain.scoring.AgencyFacts;
import org.clearchain.scoring.AgencyFindingFact;
import org.clearchain.scoring.AgencyRiskAssessment;
import org.clearchain.scoring.LicenceState;
import org.clearchain.scoring.ScoringEngine;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;
import org.clearchain.supplier.LicenceStanding;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An agency's own risk, explained point by point: its licence, substantiated complaints, findings where it placed workers.
 * A complaint or finding the caller may not read keeps its rule and points only ({@link ContributionVisibility}).
 */
@Controller("/api/agencies/{id}/risk")
@Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class AgencyRiskController {

    private final Agencies agencies;
    private final LicenceRepository licences;
    private final JdbcOperations jdbc;
    private final ScoringEngine engine = ScoringEngine.v1();
    private final ContributionVisibility visibility;
    private final Clock clock;

    AgencyRiskController(Agencies agencies, LicenceRepository licences, JdbcOperations jdbc,
                         ContributionVisibility visibility, Clock clock) {
        this.agencies = agencies;
        this.licences = licences;
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.clock = clock;
    }

    @Get
    @Transactional(readOnly = true)
    AgencyRiskAssessment risk(long id, Authentication user) {
        Actor actor = Actor.of(user);
        Agency agency = agencies.readable(actor, id);
        LocalDate today = LocalDate.now(clock);
        return visibility.present(actor, engine.assessAgency(new AgencyFacts(String.valueOf(id), agency.legalName(),
                licenceState(id, today), agency.sectors(), complaints(id), findings(id)), today));
    }

    /** The best licence the agency holds today: a valid one first, else its latest; none means no licence record. */
    private LicenceState licenceState(long agencyId, LocalDate today) {
        return licences.findByAgencyIdOrderById(agencyId).stream()
                .max(Comparator.comparing((Licence l) -> l.statusOn(today) == LicenceStatus.ACTIVE).thenComparing(Licence::id))
                .map(l -> RiskFactsReader.licenceState(LicenceStanding.of(l.statusOn(today), l.validFrom(), today)))
                .orElse(null);
    }

    private List<AgencyComplaintFact> complaints(long agencyId) {
        return jdbc.prepareStatement("""
                SELECT id, category, substantiated_on FROM complaint WHERE agency_id = ? AND substantiated_on IS NOT NULL""", s -> {
            s.setLong(1, agencyId);
            List<AgencyComplaintFact> facts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(new AgencyComplaintFact(rs.getString(1), ComplaintCategory.valueOf(rs.getString(2)),
                            rs.getDate(3).toLocalDate()));
                }
            }
            return facts;
        });
    }

    private List<AgencyFindingFact> findings(long agencyId) {
        return jdbc.prepareStatement("""
                SELECT f.indicator, i.visit_date, i.id, i.site_id FROM finding f JOIN inspection i ON i.id = f.inspection_id
                WHERE f.agency_id = ? AND i.status IN ('COMPLETED', 'CLOSED') AND f.kind = 'ILO_INDICATOR'""", s -> {
            s.setLong(1, agencyId);
            List<AgencyFindingFact> facts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(new AgencyFindingFact(Indicator.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                            rs.getString(3), rs.getString(4)));
                }
            }
            return facts;
        });
    }
}
