package org.clearchain.licence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * What the public may know of a licence, as read from the register in one query.
 *
 * @param statusSince the day of the licence's latest move (the one that gave it its status); null for a licence
 *                    with no recorded move
 */
@Introspected
public record PublicLicence(String number, long agencyId, String agencyName, String agencyCountry, String authority,
                            LicenceStatus status, LocalDate validFrom, LocalDate validUntil,
                            @Nullable LocalDate statusSince) {
}
