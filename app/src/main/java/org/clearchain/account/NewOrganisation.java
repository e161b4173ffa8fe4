package org.clearchain.account;

import org.clearchain.security.OrganisationKind;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;

/** A tenant to create. */
@Serdeable
public record NewOrganisation(@NotBlank @Size(max = 255) String name,
                              @NotNull OrganisationKind kind,
                              @Nullable @CountryCode String country) {
}
