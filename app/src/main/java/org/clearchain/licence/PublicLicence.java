package org.clearchain.licence;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** What the public may know of a licence, as read from the register in one query. */
@Introspected
public record PublicLicence(String number, long agencyId, String agencyName, String agencyCountry, String authority,
                            LicenceStatus status, LocalDate validFrom, LocalDate validUntil) {
}
