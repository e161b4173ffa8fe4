package org.clearchain.complaint;

import org.clearchain.reference.ComplaintCategory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint against a registered agency ({@code agencyId}), an unlicensed recruiter ({@code recruiterId}), or both
 * once the recruiter is linked to the agency it turned out to be. {@code contact} is given only if the complainant
 * chose to; {@code filedBy} is the officer who entered it, or null when the public filed it. {@code recordKey} is drawn
 * at random once, for the disclosure control of complaint statistics, and never shown.
 */
@Serdeable
@MappedEntity("complaint")
public record Complaint(@Id @GeneratedValue @Nullable Long id,
                        String trackingCode,
                        @Nullable Long agencyId,
                        ComplaintCategory category,
                        String description,
                        ComplaintStatus status,
                        @Nullable String contact,
                        @Nullable String filedBy,
                        Instant filedAt,
                        Instant updatedAt,
                        @Nullable LocalDate substantiatedOn,
                        @Nullable Long recruiterId,
                        @JsonIgnore short recordKey) {

    private static final SecureRandom RECORD_KEYS = new SecureRandom();

    /** A new complaint's record key, 0 to 255. */
    static short drawRecordKey() {
        return (short) RECORD_KEYS.nextInt(256);
    }

    Complaint withCategory(ComplaintCategory corrected, Instant now) {
        return new Complaint(id, trackingCode, agencyId, corrected, description, status, contact, filedBy, filedAt, now,
                substantiatedOn, recruiterId, recordKey);
    }

    /** Closing a substantiated complaint keeps the day it was substantiated: the agency's record does not forget. */
    Complaint moved(ComplaintStatus to, Instant now, LocalDate today) {
        LocalDate substantiated = to == ComplaintStatus.SUBSTANTIATED ? today : substantiatedOn;
        return new Complaint(id, trackingCode, agencyId, category, description, to, contact, filedBy, filedAt, now,
                substantiated, recruiterId, recordKey);
    }
}
