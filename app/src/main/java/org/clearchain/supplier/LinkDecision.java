package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** Why a link request was accepted or declined; the requester sees it. */
@Serdeable
public record LinkDecision(@Nullable @Size(max = 1000) String reason) {
}
