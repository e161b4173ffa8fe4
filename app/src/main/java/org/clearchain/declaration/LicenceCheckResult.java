package org.clearchain.declaration;

import org.clearchain.licence.LicenceStatus;

import java.time.LocalDate;

/** The register's verdict on a declared licence number. */
public enum LicenceCheckResult {
    VALID, NOT_FOUND, NOT_YET_VALID, PENDING, EXPIRED, SUSPENDED, REVOKED, REJECTED, SURRENDERED;

    static LicenceCheckResult of(LicenceStatus stored, LocalDate validFrom, LocalDate validUntil, LocalDate today) {
        LicenceStatus status = LicenceStatus.asOf(stored, validUntil, today);
        if (status == LicenceStatus.ACTIVE) {
            return today.isBefore(validFrom) ? NOT_YET_VALID : VALID;
        }
        return valueOf(status.name());
    }
}
