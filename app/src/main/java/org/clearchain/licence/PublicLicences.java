package org.clearchain.licence;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public facts of many agencies' licences in one query, for the public register search. */
@Singleton
public class PublicLicences {

    private final PublicLicenceRepository repository;
    private final Clock clock;

    PublicLicences(PublicLicenceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Map<Long, List<PublicLicenceView>> byAgency(List<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        return repository.findPublicByAgencyIds(agencyIds).stream()
                .collect(Collectors.groupingBy(PublicLicence::agencyId,
                        Collectors.mapping(l -> PublicLicenceView.of(l, today), Collectors.toList())));
    }
}
