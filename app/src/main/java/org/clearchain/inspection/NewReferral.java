package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;

import java.time.LocalDate;
import java.util.Set;

/** A referral to assistance: counts, nationality, service. {@link #FIELDS} are all it may carry. */
@Serdeable
public record NewReferral(@NotNull @Valid Headcount people,
                          @NotNull @CountryCode String nationality,
                          @NotNull AssistanceService service,
                          @Nullable @Size(max = 255) String serviceName,
                          @Nullable @Size(max = 255) String guardianService,
                          @NotNull @PastOrPresent LocalDate referredOn) {

    static final Set<String> FIELDS = Set.of("people", "nationality", "service", "serviceName", "guardianService", "referredOn");
}
