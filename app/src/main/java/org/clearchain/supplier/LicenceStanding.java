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
        return of(LicenceStatus.asOf(row.licenceStatus(), row.licenceValidUntil(), today), row.licenceValidFrom(), today);
    }

    /** A licence's standing today, from its status as of today (expiry applied) and the day it starts. */
    public static LicenceStanding of(LicenceStatus statusToday, LocalDate validFrom, LocalDate today) {
        if (statusToday == LicenceStatus.ACTIVE) {
            return today.isBefore(validFrom) ? NOT_YET_VALID : VALID;
        }
        return LicenceStanding.valueOf(statusToday.name());
    }

    public boolean isProblem() {
        return this != VALID;
    }
}
