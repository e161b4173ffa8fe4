package org.clearchain.risk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.agency.Agency;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceEventRepository;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.licence.LicenceStatus;
import org.clearchain.reference.ComplaintCategory;
import org.clearchain.reference.Indicator;
import org.clearchain.scoring.AgencyComplaintFact;
import org.clearchain.scoring.AgencyFacts;
import org.clearchain.scoring.AgencyFindingFact;
import org.clearchain.scoring.LicenceState;
import org.clearchain.supplier.LicenceStanding;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an agency's own risk is scored from: its best licence today, its last revocation, substantiated complaints,
 * findings where it placed workers.
 */
@Singleton
class AgencyRiskFacts {

    private final LicenceRepository licences;
    private final LicenceEventRepository licenceEvents;
    private final JdbcOperations jdbc;

    AgencyRiskFacts(LicenceRepository licences, LicenceEventRepository licenceEvents, JdbcOperations jdbc) {
        this.licences = licences;
        this.licenceEvents = licenceEvents;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    AgencyFacts of(Agency agency, LocalDate today) {
        long id = agency.id();
        return new AgencyFacts(String.valueOf(id), agency.legalName(), licenceState(id, today), agency.sectors(),
                complaints(id), findings(id), lastRevokedOn(id));
    }

    private LocalDate lastRevokedOn(long agencyId) {
        return licenceEvents.findRevocationsOfAgency(agencyId).stream().findFirst()
                .map(e -> e.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()).orElse(null);
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
