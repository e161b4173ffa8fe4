package org.clearchain.risk;

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

import java.time.LocalDate;
import java.time.ZoneOffset;
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
    private final AgencyRiskFactsRepository facts;

    AgencyRiskFacts(LicenceRepository licences, LicenceEventRepository licenceEvents,
                    AgencyRiskFactsRepository facts) {
        this.licences = licences;
        this.licenceEvents = licenceEvents;
        this.facts = facts;
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
        return facts.substantiatedComplaints(agencyId).stream()
                .map(c -> new AgencyComplaintFact(String.valueOf(c.id()), ComplaintCategory.valueOf(c.category()),
                        c.substantiatedOn()))
                .toList();
    }

    private List<AgencyFindingFact> findings(long agencyId) {
        return facts.indicatorFindings(agencyId).stream()
                .map(f -> new AgencyFindingFact(Indicator.valueOf(f.indicator()), f.visitDate(),
                        String.valueOf(f.inspectionId()), String.valueOf(f.siteId())))
                .toList();
    }
}
