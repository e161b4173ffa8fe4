package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A buyer's request that a supplier answer a questionnaire by a date. OPEN until answered (ANSWERED) or withdrawn by the
 * buyer (WITHDRAWN, with when and why; a withdrawn request is never overdue).
 */
@Serdeable
@MappedEntity("declaration_request")
public record DeclarationRequest(@Id @GeneratedValue @Nullable Long id,
                                 Long buyerId,
                                 Long supplierId,
                                 int questionnaireVersion,
                                 LocalDate dueDate,
                                 RequestStatus status,
                                 String requestedBy,
                                 Instant requestedAt,
                                 @Nullable Instant withdrawnAt,
                                 @Nullable String withdrawalReason) {

    public enum RequestStatus { OPEN, ANSWERED, WITHDRAWN }

    boolean isOverdue(LocalDate today) {
        return status == RequestStatus.OPEN && today.isAfter(dueDate);
    }

    DeclarationRequest answered() {
        return new DeclarationRequest(id, buyerId, supplierId, questionnaireVersion, dueDate, RequestStatus.ANSWERED,
                requestedBy, requestedAt, null, null);
    }

    DeclarationRequest withdrawn(Instant now, String reason) {
        return new DeclarationRequest(id, buyerId, supplierId, questionnaireVersion, dueDate, RequestStatus.WITHDRAWN,
                requestedBy, requestedAt, now, reason);
    }
}
