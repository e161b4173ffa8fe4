package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/** A buyer's tie to a supplier: tier 1 directly, tier n through a parent supplier of tier n-1. */
@Serdeable
@MappedEntity("buyer_link")
public record BuyerLink(@Id @GeneratedValue @Nullable Long id,
                        Long buyerId,
                        Long supplierId,
                        int tier,
                        @Nullable Long parentSupplierId,
                        @Nullable BigDecimal shareOfOutput,
                        Instant createdAt) {
}
