package org.clearchain.supplier;

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
 * A supplier, shared by every buyer that links it. {@code supplierOrganisationId} is the supplier's own
 * organisation, whose users answer declarations; {@code nameKey} is the name as duplicates are matched.
 */
@Serdeable
@MappedEntity("supplier")
public record Supplier(@Id @GeneratedValue @Nullable Long id,
                       String name,
                       String nameKey,
                       String country,
                       @Nullable String registrationNumber,
                       @Nullable String openSupplyHubId,
                       @TypeDef(type = DataType.JSON) List<String> sectors,
                       @TypeDef(type = DataType.JSON) List<String> goods,
                       @Nullable Long supplierOrganisationId,
                       Instant createdAt,
                       Instant updatedAt) {
}
