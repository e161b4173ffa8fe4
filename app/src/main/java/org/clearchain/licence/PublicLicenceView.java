package org.clearchain.licence;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * The answer to "is this licence valid today?" for a worker, an employer or anyone else.
 *
 * @param validToday true only when the licence is ACTIVE and {@code checkedOn} lies within its validity
 */
@Serdeable
public record PublicLicenceView(String number, String agencyName, String agencyCountry, String authority,
                                LicenceStatus status, LocalDate validFrom, LocalDate validUntil,
                                boolean validToday, LocalDate checkedOn) {

    static PublicLicenceView of(PublicLicence l, LocalDate today) {
        LicenceStatus status = LicenceStatus.asOf(l.status(), l.validUntil(), today);
        return new PublicLicenceView(l.number(), l.agencyName(), l.agencyCountry(), l.authority(), status,
                l.validFrom(), l.validUntil(), LicenceView.isValidOn(status, l.validFrom(), today), today);
    }
}
