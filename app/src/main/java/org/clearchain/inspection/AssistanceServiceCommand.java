package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;

/**
 * A directory entry as an inspector writes it. {@code reason} is required to correct an entry (the audit log keeps
 * who changed what, when and why) and optional when adding one.
 */
@Serdeable
public record AssistanceServiceCommand(@NotBlank @Size(max = 255) String name,
                                       @NotNull AssistanceService kind,
                                       @NotNull @CountryCode String country,
                                       @Nullable @Size(max = 255) String region,
                                       @Nullable @Size(max = 500) String contact,
                                       @Nullable @Size(max = 1000) String reason) {
}
