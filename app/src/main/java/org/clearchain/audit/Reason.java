package org.clearchain.audit;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an ending or a status change is made: the body of endpoints that need nothing else. */
@Serdeable
public record Reason(@NotBlank @Size(max = 1000) String reason) {
}
