package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** Suspected victims referred to assistance: how many, of which nationality, to which service. Never who. */
@MappedEntity("referral")
public record Referral(@Id @GeneratedValue @Nullable Long id,
                       Long inspectionId,
                       Long inspectorateId,
                       int womenUnder18,
                       int women18To24,
                       int women25AndOver,
                       int menUnder18,
                       int men18To24,
                       int men25AndOver,
                       String nationality,
                       AssistanceService service,
                       @Nullable String serviceName,
                       @Nullable String guardianService,
                       boolean urgent,
                       LocalDate referredOn,
                       String referredBy,
                       Instant createdAt) {

    Headcount people() {
        return Headcount.of(womenUnder18, women18To24, women25AndOver, menUnder18, men18To24, men25AndOver);
    }
}
