package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;

/** Adds an existing supplier (one offered by a duplicate warning) to the caller's list. */
@Serdeable
public record LinkCommand(@Nullable @Min(1) @Max(10) Integer tier,
                          @Nullable Long parentSupplierId,
                          @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal shareOfOutput) {
}
