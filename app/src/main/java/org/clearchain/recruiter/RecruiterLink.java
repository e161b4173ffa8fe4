package org.clearchain.recruiter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The record is the registered agency {@code agencyId}, for the reason in {@code note}. */
@Serdeable
public record RecruiterLink(@NotBlank @Size(max = 2000) String note, @Nullable Long agencyId) {
}
