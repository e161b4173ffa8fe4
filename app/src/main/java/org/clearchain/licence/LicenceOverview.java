package org.clearchain.licence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a licensing officer keeps an eye on in their own authority's register: applications waiting for a decision,
 * licences coming to their end, and the licences and moves of a page of agencies. Another role sees nothing here.
 */
@Singleton
public class LicenceOverview {

    private final LicenceRepository licences;
    private final LicenceEventRepository events;
    private final Clock clock;

    LicenceOverview(LicenceRepository licences, LicenceEventRepository events, Clock clock) {
        this.licences = licences;
        this.events = events;
        this.clock = clock;
    }

    /** Applications (PENDING) of the officer's authority. */
    @Transactional(readOnly = true)
    public long waiting(Actor officer) {
        return officer.is(Role.LICENSING_OFFICER)
                ? licences.countByAuthorityIdAndStatus(officer.organisationId(), LicenceStatus.PENDING) : 0;
    }

    /** ACTIVE licences of the officer's authority whose last valid day is today or within {@code days} days. */
    @Transactional(readOnly = true)
    public long expiringWithin(Actor officer, int days) {
        if (!officer.is(Role.LICENSING_OFFICER)) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        return licences.countByAuthorityIdAndStatusAndValidUntilBetween(officer.organisationId(), LicenceStatus.ACTIVE,
                today, today.plusDays(days));
    }

    /** The licences of these agencies as of today, by agency, in the order they were filed. */
    @Transactional(readOnly = true)
    public Map<Long, List<LicenceView>> ofAgencies(Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        return licences.findByAgencyIdInOrderById(agencyIds).stream().collect(Collectors.groupingBy(Licence::agencyId,
                LinkedHashMap::new, Collectors.mapping(l -> LicenceView.of(l, today), Collectors.toList())));
    }

    /** One move of one of an agency's licences, with that licence's number. */
    public record Move(String number, LicenceEvent event) {
    }

    /** Every move of the agency's licences, oldest first; the caller has checked that the agency is readable. */
    @Transactional(readOnly = true)
    public List<Move> movesOfAgency(long agencyId) {
        Map<Long, String> numbers = licences.findByAgencyIdOrderById(agencyId).stream()
                .collect(Collectors.toMap(Licence::id, Licence::number));
        if (numbers.isEmpty()) {
            return List.of();
        }
        return events.findByLicenceIdInOrderById(numbers.keySet()).stream()
                .map(e -> new Move(numbers.get(e.licenceId()), e)).toList();
    }
}
