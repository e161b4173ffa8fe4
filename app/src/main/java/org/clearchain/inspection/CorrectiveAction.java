package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** What must be put right after a finding, by when; OPEN → DONE (with evidence) → VERIFIED (at a follow-up visit). */
@Serdeable
@MappedEntity("corrective_action")
public record CorrectiveAction(@Id @GeneratedValue @Nullable Long id,
                               Long findingId,
                               String description,
                               LocalDate dueDate,
                               Status status,
                               @Nullable String evidence,
                               @Nullable String doneBy,
                               @Nullable Instant doneAt,
                               @Nullable String verifiedBy,
                               @Nullable Instant verifiedAt,
                               @Nullable Long verificationInspectionId,
                               String createdBy,
                               Instant createdAt) {

    public enum Status { OPEN, DONE, VERIFIED }

    boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueDate);
    }

    CorrectiveAction done(String evidenceText, String by, Instant now) {
        return new CorrectiveAction(id, findingId, description, dueDate, Status.DONE, evidenceText, by, now, null, null,
                null, createdBy, createdAt);
    }

    CorrectiveAction verified(String by, long inspection, Instant now) {
        return new CorrectiveAction(id, findingId, description, dueDate, Status.VERIFIED, evidence, doneBy, doneAt, by, now,
                inspection, createdBy, createdAt);
    }
}
