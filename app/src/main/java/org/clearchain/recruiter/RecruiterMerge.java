package org.clearchain.recruiter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The record is the same recruiter as record {@code intoId}, for the reason in {@code note}. */
@Serdeable
public record RecruiterMerge(@NotBlank @Size(max = 2000) String note, @Nullable Long intoId) {
}
