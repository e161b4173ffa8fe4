package org.clearchain.supplier;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The end of a supplier's use of an agency: the use counts for the supplier's risk up to {@code endedOn}, not after. */
@Serdeable
public record AgencyUseEnding(@NotNull LocalDate endedOn, @NotBlank @Size(max = 1000) String reason) {
}
