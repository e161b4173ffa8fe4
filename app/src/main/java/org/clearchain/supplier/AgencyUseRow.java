package org.clearchain.supplier;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.clearchain.licence.LicenceStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An agency use joined with the licence it relies on, as read by {@link AgencyUseRepository#findWithLicenceForSuppliers}. */
@Introspected
public record AgencyUseRow(long id, long supplierId, @Nullable Long agencyId, String agencyName, String agencyCountry,
                           @Nullable BigDecimal workforceShare, @Nullable LocalDate lastPlacementDate,
                           @Nullable LocalDate endedOn,
                           @Nullable String licenceNumber, @Nullable LicenceStatus licenceStatus,
                           @Nullable LocalDate licenceValidFrom, @Nullable LocalDate licenceValidUntil) {
}
