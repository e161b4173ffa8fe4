package org.clearchain.declaration;

import org.clearchain.licence.LicenceStatus;

import java.time.LocalDate;

/**
 * The register's verdict on a declared agency: its licence's standing, {@code NOT_FOUND} for a declared number the
 * register does not hold, {@code UNLICENSED} for a registered agency named without a licence of its own, and
 * {@code UNREGISTERED} for a name the register does not hold (gathered as an unlicensed recruiter).
 */
public enum LicenceCheckResult {
    VALID, NOT_FOUND, NOT_YET_VALID, PENDING, EXPIRED, SUSPENDED, REVOKED, REJECTED, SURRENDERED, UNLICENSED, UNREGISTERED;

    /** The standing of an agency's best licence today: one valid today, else its latest; none is UNLICENSED. */
    static LicenceCheckResult ofAgency(java.util.List<org.clearchain.licence.Licence> licences, LocalDate today) {
        return licences.stream()
                .max(java.util.Comparator.comparing((org.clearchain.licence.Licence l) ->
                        of(l.status(), l.validFrom(), l.validUntil(), today) == VALID)
                        .thenComparing(org.clearchain.licence.Licence::id))
                .map(l -> of(l.status(), l.validFrom(), l.validUntil(), today)).orElse(UNLICENSED);
    }

    static LicenceCheckResult of(LicenceStatus stored, LocalDate validFrom, LocalDate validUntil, LocalDate today) {
        LicenceStatus status = LicenceStatus.asOf(stored, validUntil, today);
        if (status == LicenceStatus.ACTIVE) {
            return today.isBefore(validFrom) ? NOT_YET_VALID : VALID;
        }
        return valueOf(status.name());
    }
}
