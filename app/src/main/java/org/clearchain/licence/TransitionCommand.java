package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of a licence move: why, and for approve or renew the end of the (new) validity period. */
@Serdeable
public record TransitionCommand(@Nullable @Size(max = 2000) String reason, @Nullable LocalDate validUntil) {
}
