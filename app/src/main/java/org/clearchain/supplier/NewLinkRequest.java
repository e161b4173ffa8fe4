package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;

import java.math.BigDecimal;

/**
 * A buyer asks to put a supplier that Clearchain already knows on its list, naming it as it knows it: its
 * {@code name} and {@code country} (matched as duplicates are), and where twins share a name its
 * {@code registrationNumber} or {@code openSupplyHubId}. Tier, parent and share are as for a new supplier.
 */
@Serdeable
public record NewLinkRequest(@NotBlank @Size(max = 255) String name,
                             @NotNull @CountryCode String country,
                             @Nullable @Size(max = 100) String registrationNumber,
                             @Nullable @Size(max = 50) String openSupplyHubId,
                             @Nullable @Min(1) @Max(10) Integer tier,
                             @Nullable Long parentSupplierId,
                             @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal shareOfOutput,
                             @Nullable @Size(max = 1000) String message) {

    int tierOrDefault() {
        return tier == null ? 1 : tier;
    }
}
