package org.clearchain.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** A reviewer's decision on a hit: why (required to dismiss). */
@Serdeable
public record DecisionCommand(@Nullable @Size(max = 2000) String reason) { }
