package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A supplier's use of a recruitment agency: a registered one ({@code agencyId}, with the licence number used)
 * or an unregistered one known by name and country only.
 */
@Serdeable
@MappedEntity("agency_use")
public record AgencyUse(@Id @GeneratedValue @Nullable Long id,
                        Long supplierId,
                        @Nullable Long agencyId,
                        @Nullable String licenceNumber,
                        String agencyName,
                        String agencyCountry,
                        @Nullable BigDecimal workforceShare,
                        @Nullable LocalDate lastPlacementDate,
                        Instant createdAt) {
}
