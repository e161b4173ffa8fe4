package org.clearchain.licence;

import java.time.LocalDate;

/** Where a licence stands in its lifecycle (DESIGN.md, "Agency register"). */
public enum LicenceStatus {
    PENDING, ACTIVE, SUSPENDED, REJECTED, REVOKED, SURRENDERED, EXPIRED;

    /**
     * The status as of {@code today}: an ACTIVE licence whose validity ended is EXPIRED by date even
     * before the expiry job has recorded it.
     */
    public static LicenceStatus asOf(LicenceStatus stored, LocalDate validUntil, LocalDate today) {
        return stored == ACTIVE && today.isAfter(validUntil) ? EXPIRED : stored;
    }
}
