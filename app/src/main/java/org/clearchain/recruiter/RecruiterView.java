package org.clearchain.recruiter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An unlicensed-recruiter record as a licensing officer reviews it, with how often it is named. */
@Serdeable
public record RecruiterView(long id, String name, String country, RecruiterStatus status, @Nullable Long mergedIntoId,
                            @Nullable Long linkedAgencyId, @Nullable String reviewNote, @Nullable String reviewedBy,
                            long complaints, long agencyUses, long declarations, Instant createdAt, Instant updatedAt) {

    static RecruiterView of(UnlicensedRecruiter r, @Nullable RecruiterMentions m) {
        return new RecruiterView(r.id(), r.name(), r.country(), r.status(), r.mergedIntoId(), r.linkedAgencyId(),
                r.reviewNote(), r.reviewedBy(), m == null ? 0 : m.complaints(), m == null ? 0 : m.agencyUses(),
                m == null ? 0 : m.declarations(), r.createdAt(), r.updatedAt());
    }
}
