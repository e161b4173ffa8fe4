package org.clearchain.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;
import org.clearchain.reference.IsicCode;

import java.util.List;

/**
 * An agency's corrected record, whole as at registration, and why it is corrected: the previous values stay in the
 * agency's history ({@code GET /api/agencies/{id}/history}).
 */
@Serdeable
public record AgencyCorrection(@NotBlank @Size(max = 255) String legalName,
                               @NotBlank @Size(max = 100) String registrationNumber,
                               @NotNull @CountryCode String country,
                               @Nullable @Size(max = 500) String address,
                               @Nullable @Email @Size(max = 255) String contactEmail,
                               @Nullable @Size(max = 50) String contactPhone,
                               @Nullable @Size(max = 50) List<@NotNull @IsicCode String> sectors,
                               @Nullable @Size(max = 100) List<@NotNull @Valid Corridor> corridors,
                               @NotBlank @Size(max = 1000) String reason) {

    public AgencyCommand details() {
        return new AgencyCommand(legalName, registrationNumber, country, address, contactEmail, contactPhone, sectors,
                corridors);
    }
}
