package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;

import java.time.LocalDate;

/** Closing the visit: the actual visit date if it moved, and the head counts if not given before. */
@Serdeable
public record CompleteInspection(@Nullable LocalDate visitDate,
                                 @Nullable @Valid Headcount workersPresent,
                                 @Nullable @Valid Headcount workersInterviewed) {
}
