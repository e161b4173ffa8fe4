package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An agency a supplier uses, with its licence's standing in the register today; {@code endedOn}: the last day it counts. */
@Serdeable
public record AgencyUseView(long id, @Nullable Long agencyId, String agencyName, String agencyCountry,
                            @Nullable String licenceNumber, LicenceStanding licenceStanding, boolean licenceProblem,
                            @Nullable LocalDate licenceValidUntil, @Nullable BigDecimal workforceShare,
                            @Nullable LocalDate lastPlacementDate, @Nullable LocalDate endedOn) {

    public static AgencyUseView of(AgencyUseRow row, LocalDate today) {
        LicenceStanding standing = LicenceStanding.of(row, today);
        return new AgencyUseView(row.id(), row.agencyId(), row.agencyName(), row.agencyCountry(), row.licenceNumber(),
                standing, standing.isProblem(), row.licenceValidUntil(), row.workforceShare(), row.lastPlacementDate(),
                row.endedOn());
    }
}
