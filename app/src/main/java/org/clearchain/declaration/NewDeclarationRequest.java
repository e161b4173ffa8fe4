package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A buyer asks a supplier to answer a questionnaire (the latest version unless named) by {@code dueDate}. */
@Serdeable
public record NewDeclarationRequest(@Nullable Integer questionnaireVersion, @NotNull LocalDate dueDate) {
}
