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
 * or an unregistered one known by name and country only, gathered into its unlicensed-recruiter record
 * ({@code recruiterId}; both are set once that record is linked to the agency it turned out to be).
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
                        Instant createdAt,
                        @Nullable Long recruiterId) {

    /** A use of a registered agency, or of the recruiter a name turned out to be. */
    static AgencyUse of(long supplierId, org.clearchain.recruiter.NamedRecruiter named, String name, String country,
                        NewAgencyUse c, Instant now) {
        return new AgencyUse(null, supplierId, named.agencyId(), null, name, country, c.workforceShare(),
                c.lastPlacementDate(), now, named.recruiterId());
    }
}
