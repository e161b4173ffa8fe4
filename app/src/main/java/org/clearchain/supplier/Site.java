package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/** A place where a supplier's people work: a farm, a factory, a vessel's home port, a building site. */
@Serdeable
@MappedEntity("site")
public record Site(@Id @GeneratedValue @Nullable Long id,
                   Long supplierId,
                   String name,
                   @Nullable String address,
                   String country,
                   @Nullable BigDecimal latitude,
                   @Nullable BigDecimal longitude,
                   @Nullable String sector,
                   @Nullable Integer workers,
                   @Nullable BigDecimal migrantShare,
                   Instant createdAt) {
}
