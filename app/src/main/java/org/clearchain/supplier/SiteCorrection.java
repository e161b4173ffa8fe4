package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;
import org.clearchain.reference.IsicCode;

import java.math.BigDecimal;

/** A correction of a site: the fields given replace the stored ones, the others stay; {@code reason} is required. */
@Serdeable
public record SiteCorrection(@Nullable @Size(min = 1, max = 255) String name,
                             @Nullable @Size(max = 500) String address,
                             @Nullable @CountryCode String country,
                             @Nullable @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                             @Nullable @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
                             @Nullable @IsicCode String sector,
                             @Nullable @PositiveOrZero Integer workers,
                             @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal migrantShare,
                             @NotBlank @Size(max = 1000) String reason) {

    boolean changesNothing() {
        return name == null && address == null && country == null && latitude == null && longitude == null
                && sector == null && workers == null && migrantShare == null;
    }
}
