package org.clearchain.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.ComplaintCategory;

/** A complaint's corrected category, and why. */
@Serdeable
public record CategoryCorrection(@NotNull ComplaintCategory category, @NotBlank @Size(max = 1000) String reason) {
}
