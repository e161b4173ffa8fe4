package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Suspected victims referred to assistance: how many, of which nationality, to which service of the directory. Never
 * who. {@code service} is the kind of assistance, copied from the entry when the referral was made. Referrals made
 * before the directory have no {@code serviceId} but the free text they were given ({@code legacy…}), kept as it was.
 */
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
                       @Nullable Long serviceId,
                       @Nullable Long guardianServiceId,
                       @Nullable String legacyServiceName,
                       @Nullable String legacyGuardianService,
                       boolean urgent,
                       LocalDate referredOn,
                       String referredBy,
                       Instant createdAt) {

    Headcount people() {
        return Headcount.of(womenUnder18, women18To24, women25AndOver, menUnder18, men18To24, men25AndOver);
    }
}
