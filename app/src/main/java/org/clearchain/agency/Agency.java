package org.clearchain.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A private recruitment agency as kept in a licensing authority's register. {@code authorityId} is the
 * authority (tenant) that keeps the record; only its officers may change it.
 */
@Serdeable
@MappedEntity("agency")
public record Agency(@Id @GeneratedValue @Nullable Long id,
                     Long authorityId,
                     String legalName,
                     String registrationNumber,
                     String country,
                     @Nullable String address,
                     @Nullable String contactEmail,
                     @Nullable String contactPhone,
                     @TypeDef(type = DataType.JSON) List<String> sectors,
                     @TypeDef(type = DataType.JSON) List<Corridor> corridors,
                     Instant createdAt,
                     Instant updatedAt) {

    static Agency register(Long authorityId, AgencyCommand command, Instant now) {
        return new Agency(null, authorityId, null, null, null, null, null, null, null, null, now, now)
                .withDetails(command, now);
    }

    Agency withDetails(AgencyCommand c, Instant now) {
        return new Agency(id, authorityId, c.legalName().strip(), c.registrationNumber().strip(), c.country(),
                c.address(), c.contactEmail(), c.contactPhone(), c.sectorsOrEmpty(), c.corridorsOrEmpty(),
                createdAt, now);
    }
}
