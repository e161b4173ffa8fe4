package org.clearchain.complaint;

import org.clearchain.reference.ComplaintCategory;
import org.clearchain.reference.CountryCode;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A complaint as filed. The agency is named by its id or by one of its licence numbers, or — a recruiter that may not
 * be in the register — by {@code agencyName} and {@code agencyCountry}; leaving {@code contact} empty keeps the
 * complainant anonymous.
 */
@Serdeable
public record NewComplaint(@Nullable Long agencyId,
                           @Nullable @Size(max = 20) String licenceNumber,
                           @Nullable @Size(max = 255) String agencyName,
                           @Nullable @CountryCode String agencyCountry,
                           @NotNull ComplaintCategory category,
                           @NotBlank @Size(max = 10_000) String description,
                           @Nullable @Size(max = 255) String contact) {
}
