package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Today's answer to "is this licence valid?", from the public lookup's memory ({@link PublicLicenceLookup}): the JSON
 * endpoint {@code GET /api/public/licences/{number}} and the console's verification page ask here.
 */
@Singleton
public class PublicVerification {

    private final PublicLicenceLookup lookup;
    private final Clock clock;

    PublicVerification(PublicLicenceLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    /**
     * Today's answer, with what a page shows beside it: the agency's id (for its public page) and the day of the
     * licence's latest move (the reason's date; null when no move is recorded).
     */
    public record Verified(PublicLicenceView licence, long agencyId, @Nullable LocalDate statusSince) {
    }

    /** @param number a licence number as typed: surrounding spaces and letter case do not matter */
    public Optional<Verified> today(String number) {
        return lookup.find(normalise(number))
                .map(l -> new Verified(PublicLicenceView.of(l, LocalDate.now(clock)), l.agencyId(), l.statusSince()));
    }

    public static String normalise(String number) {
        return number.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
