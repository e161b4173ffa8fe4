package org.clearchain.agency;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.clearchain.reference.CountryCode;

/** A recruitment corridor: workers recruited in {@code origin} to work in {@code destination}. */
@Serdeable
public record Corridor(@NotNull @CountryCode String origin, @NotNull @CountryCode String destination) {
}
