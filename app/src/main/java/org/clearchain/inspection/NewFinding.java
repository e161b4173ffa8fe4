package org.clearchain.inspection;

import org.clearchain.reference.Indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finding to record on a planned (in-progress) inspection. */
@Serdeable
public record NewFinding(@NotNull Indicator indicator,
                         @NotBlank @Size(max = 5000) String description,
                         @NotNull EvidenceSource evidenceSource,
                         @Nullable Long agencyId,
                         @NotNull @Valid Headcount workersAffected) {
}
