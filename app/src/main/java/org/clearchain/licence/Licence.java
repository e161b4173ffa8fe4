package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A licence issued (or applied for) by a licensing authority to an agency. */
@Serdeable
@MappedEntity("licence")
public record Licence(@Id @GeneratedValue @Nullable Long id,
                      String number,
                      Long agencyId,
                      Long authorityId,
                      String scope,
                      LocalDate validFrom,
                      LocalDate validUntil,
                      @Nullable String conditions,
                      LicenceStatus status,
                      Instant createdAt,
                      Instant updatedAt) {

    Licence moved(LicenceStatus to, LocalDate from, LocalDate until, Instant now) {
        return new Licence(id, number, agencyId, authorityId, scope, from, until, conditions, to, createdAt, now);
    }

    public LicenceStatus statusOn(LocalDate today) {
        return LicenceStatus.asOf(status, validUntil, today);
    }
}
