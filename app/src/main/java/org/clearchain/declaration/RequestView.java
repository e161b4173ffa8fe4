package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A declaration request as listed: {@code overdue} is true for an open request past its due date; a withdrawn one says
 * when and why.
 */
@Serdeable
public record RequestView(long id, long buyerId, long supplierId, int questionnaireVersion, LocalDate dueDate,
                          DeclarationRequest.RequestStatus status, boolean overdue, String requestedBy, Instant requestedAt,
                          @Nullable Instant withdrawnAt, @Nullable String withdrawalReason) {

    static RequestView of(DeclarationRequest r, LocalDate today) {
        return new RequestView(r.id(), r.buyerId(), r.supplierId(), r.questionnaireVersion(), r.dueDate(), r.status(),
                r.isOverdue(today), r.requestedBy(), r.requestedAt(), r.withdrawnAt(), r.withdrawalReason());
    }
}
