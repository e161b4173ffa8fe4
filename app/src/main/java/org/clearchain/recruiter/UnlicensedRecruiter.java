package org.clearchain.recruiter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A recruiter that complaints, agency uses or declarations name but the register does not hold: one record per
 * normalised name and country ({@link org.clearchain.integrations.text.Words#of}: case, accents and punctuation dropped). {@code name} is the spelling it was first named by.
 */
@Serdeable
@MappedEntity("unlicensed_recruiter")
public record UnlicensedRecruiter(@Id @GeneratedValue @Nullable Long id,
                                  String name,
                                  String normalisedName,
                                  String country,
                                  RecruiterStatus status,
                                  @Nullable Long mergedIntoId,
                                  @Nullable Long linkedAgencyId,
                                  @Nullable String reviewNote,
                                  @Nullable String reviewedBy,
                                  Instant createdAt,
                                  Instant updatedAt) {

    UnlicensedRecruiter moved(RecruiterStatus to, Long mergedInto, Long linkedAgency, String note, String by, Instant now) {
        return new UnlicensedRecruiter(id, name, normalisedName, country, to, mergedInto, linkedAgency, note, by,
                createdAt, now);
    }
}
