package org.clearchain.supplier;

import org.clearchain.licence.LicenceStatus;

import java.time.LocalDate;

/** How an agency a supplier uses stands in the register today, in the words an auditor needs. */
public enum LicenceStanding {
    VALID, NOT_YET_VALID, PENDING, EXPIRED, SUSPENDED, REVOKED, REJECTED, SURRENDERED,
    /** registered agency, but the licence number named is not in the register */
    LICENCE_NOT_FOUND,
    /** registered agency without any licence */
    UNLICENSED,
    /** an agency that is not in the register at all */
    UNREGISTERED;

    public static LicenceStanding of(AgencyUseRow row, LocalDate today) {
        if (row.agencyId() == null) {
            return UNREGISTERED;
        }
        if (row.licenceStatus() == null) {
            return row.licenceNumber() == null ? UNLICENSED : LICENCE_NOT_FOUND;
        }
        LicenceStatus status = LicenceStatus.asOf(row.licenceStatus(), row.licenceValidUntil(), today);
        if (status == LicenceStatus.ACTIVE) {
            return today.isBefore(row.licenceValidFrom()) ? NOT_YET_VALID : VALID;
        }
        return LicenceStanding.valueOf(status.name());
    }

    public boolean isProblem() {
        return this != VALID;
    }
}
