package org.clearchain.licence;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A licence as the register stood at the end of a past day, rebuilt from its moves ({@link LicenceEvent}): the status
 * its latest move that day gave it, and the end date its latest approval or renewal had set by then.
 */
@Singleton
class PublicLicenceHistory {

    private final LicenceEventRepository events;

    PublicLicenceHistory(LicenceEventRepository events) {
        this.events = events;
    }

    /** @return empty when the licence had no move yet on that day: it was not in the register */
    Optional<PublicLicence> asOf(PublicLicence current, LocalDate day) {
        List<LicenceEvent> then = events.findByLicenceNumberOrderById(current.number()).stream()
                .filter(e -> !dayOf(e).isAfter(day)).toList();
        if (then.isEmpty()) {
            return Optional.empty();
        }
        LicenceEvent last = then.get(then.size() - 1);
        LocalDate validUntil = then.stream().map(LicenceEvent::validUntil).filter(u -> u != null)
                .reduce((first, second) -> second).orElse(current.validUntil());
        return Optional.of(new PublicLicence(current.number(), current.agencyId(), current.agencyName(),
                current.agencyCountry(), current.authority(), last.toStatus(), current.validFrom(), validUntil, dayOf(last)));
    }

    private static LocalDate dayOf(LicenceEvent event) {
        return event.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
