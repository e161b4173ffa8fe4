package org.clearchain.recruiter;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An officer's look at a record: what was found out ({@code note}). */
@Serdeable
public record RecruiterReview(@NotBlank @Size(max = 2000) String note) {
}
