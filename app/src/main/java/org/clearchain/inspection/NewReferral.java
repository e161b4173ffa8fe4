package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.clearchain.reference.CountryCode;

import java.time.LocalDate;
import java.util.Set;

/**
 * A referral to assistance: counts, nationality, and the service as an entry of the inspectorate's directory
 * ({@code serviceId}; for a child also {@code guardianServiceId}), never as text. {@link #FIELDS} are all it may carry.
 */
@Serdeable
public record NewReferral(@NotNull @Valid Headcount people,
                          @NotNull @CountryCode String nationality,
                          @Nullable Long serviceId,
                          @Nullable Long guardianServiceId,
                          @NotNull @PastOrPresent LocalDate referredOn) {

    static final Set<String> FIELDS = Set.of("people", "nationality", "serviceId", "guardianServiceId", "referredOn");

    /** Fields of the free-text days, now refused with the directory's choices. */
    static final Set<String> RETIRED_FIELDS = Set.of("service", "serviceName", "guardianService");
}
