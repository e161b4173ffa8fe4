package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;
import org.clearchain.reference.IsicCode;

import java.util.List;

/**
 * A correction of a supplier's details: the fields given replace the stored ones (an empty text clears an optional
 * one), the others stay; {@code reason} is required and kept with the previous values in the supplier's history.
 */
@Serdeable
public record SupplierCorrection(@Nullable @Size(min = 1, max = 255) String name,
                                 @Nullable @CountryCode String country,
                                 @Nullable @Size(max = 100) String registrationNumber,
                                 @Nullable @Size(max = 50) String openSupplyHubId,
                                 @Nullable @Size(max = 20) List<@NotNull @IsicCode String> sectors,
                                 @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> goods,
                                 @NotBlank @Size(max = 1000) String reason) {

    boolean changesNothing() {
        return name == null && country == null && registrationNumber == null && openSupplyHubId == null
                && sectors == null && goods == null;
    }
}
