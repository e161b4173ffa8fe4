package org.clearchain.inspection;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What must be put right, by when. */
@Serdeable
public record NewCorrectiveAction(@NotBlank @Size(max = 2000) String description, @NotNull LocalDate dueDate) {
}
