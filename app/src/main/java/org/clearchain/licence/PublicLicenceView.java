package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * The answer to "is this licence valid on this day?" (today, unless a past day was asked) for a worker, an employer or
 * anyone else.
 *
 * @param validToday      true only when the licence is ACTIVE and {@code checkedOn} lies within its validity
 * @param checkedOn       the day the answer is for
 * @param notValidBecause why the licence is not valid on {@code checkedOn}, in words (null when it is valid)
 */
@Serdeable
public record PublicLicenceView(String number, String agencyName, String agencyCountry, String authority,
                                LicenceStatus status, LocalDate validFrom, LocalDate validUntil,
                                boolean validToday, LocalDate checkedOn, @Nullable String notValidBecause) {

    static PublicLicenceView of(PublicLicence l, LocalDate day) {
        LicenceStatus status = LicenceStatus.asOf(l.status(), l.validUntil(), day);
        boolean valid = LicenceView.isValidOn(status, l.validFrom(), day);
        return new PublicLicenceView(l.number(), l.agencyName(), l.agencyCountry(), l.authority(), status,
                l.validFrom(), l.validUntil(), valid, day, valid ? null : notValidBecause(status, l, day));
    }

    private static String notValidBecause(LicenceStatus status, PublicLicence l, LocalDate day) {
        String since = l.statusSince() == null ? "" : " on " + l.statusSince();
        return switch (status) {
            case ACTIVE -> "not yet in force: valid from " + l.validFrom();
            case EXPIRED -> "expired on " + l.validUntil().plusDays(1) + ": it was valid until " + l.validUntil();
            case SUSPENDED -> "suspended" + since + " by " + l.authority();
            case REVOKED -> "revoked" + since + " by " + l.authority();
            case SURRENDERED -> "surrendered" + since + " by the agency";
            case PENDING -> "an application not yet decided: no licence has been granted";
            case REJECTED -> "the application was refused" + since + ": no licence was granted";
        };
    }
}
