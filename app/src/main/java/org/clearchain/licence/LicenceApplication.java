package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A licence as applied for: what the agency may do, for which period, on which conditions. */
@Serdeable
public record LicenceApplication(@NotBlank @Size(max = 1000) String scope,
                                 @NotNull LocalDate validFrom,
                                 @NotNull LocalDate validUntil,
                                 @Nullable @Size(max = 5000) String conditions) {
}
