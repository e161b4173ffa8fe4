package org.clearchain.complaint;

import org.clearchain.reference.ComplaintCategory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint against an agency. {@code contact} is given only if the complainant chose to;
 * {@code filedBy} is the officer who entered it, or null when the public filed it.
 */
@Serdeable
@MappedEntity("complaint")
public record Complaint(@Id @GeneratedValue @Nullable Long id,
                        String trackingCode,
                        Long agencyId,
                        ComplaintCategory category,
                        String description,
                        ComplaintStatus status,
                        @Nullable String contact,
                        @Nullable String filedBy,
                        Instant filedAt,
                        Instant updatedAt,
                        @Nullable LocalDate substantiatedOn) {

    Complaint withCategory(ComplaintCategory corrected, Instant now) {
        return new Complaint(id, trackingCode, agencyId, corrected, description, status, contact, filedBy, filedAt, now,
                substantiatedOn);
    }

    /** Closing a substantiated complaint keeps the day it was substantiated: the agency's record does not forget. */
    Complaint moved(ComplaintStatus to, Instant now, LocalDate today) {
        LocalDate substantiated = to == ComplaintStatus.SUBSTANTIATED ? today : substantiatedOn;
        return new Complaint(id, trackingCode, agencyId, category, description, to, contact, filedBy, filedAt, now,
                substantiated);
    }
}
