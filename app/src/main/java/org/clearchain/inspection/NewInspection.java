package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** An inspection to plan; head counts may be given now or on completion. */
@Serdeable
public record NewInspection(@NotNull Long siteId,
                            @NotNull LocalDate visitDate,
                            @NotNull InspectionType type,
                            boolean announced,
                            @Nullable @Valid Headcount workersPresent,
                            @Nullable @Valid Headcount workersInterviewed) {
}
