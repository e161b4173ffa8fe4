package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Ends a directory entry from {@code endedOn} (today when absent), saying why. */
@Serdeable
public record EndAssistanceService(@Nullable LocalDate endedOn, @NotBlank @Size(max = 1000) String reason) {
}
