package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A link request as one side sees it. The requester ({@code direction} SENT) sees what it asked for, the decision and
 * its reason, and the supplier's id only once accepted; the decider (RECEIVED) sees the requesting organisation's name
 * and its own supplier, but nothing of the requester's list (no tier, parent supplier or share of output).
 */
@Serdeable
public record LinkRequestView(long id,
                              Direction direction,
                              LinkRequest.Status status,
                              String name,
                              String country,
                              @Nullable Integer tier,
                              @Nullable Long parentSupplierId,
                              @Nullable BigDecimal shareOfOutput,
                              @Nullable String message,
                              @Nullable String requestingOrganisation,
                              @Nullable Long supplierId,
                              @Nullable String supplierName,
                              Instant requestedAt,
                              @Nullable Instant decidedAt,
                              @Nullable String decisionReason) {

    public enum Direction { SENT, RECEIVED }

    static LinkRequestView sent(LinkRequest r) {
        boolean linked = r.status() == LinkRequest.Status.ACCEPTED;
        return new LinkRequestView(r.id(), Direction.SENT, r.status(), r.requestedName(), r.requestedCountry(), r.tier(),
                r.parentSupplierId(), r.shareOfOutput(), r.message(), null, linked ? r.supplierId() : null, null,
                r.requestedAt(), r.decidedAt(), r.decisionReason());
    }

    static LinkRequestView received(LinkRequest r, String requestingOrganisation, Supplier supplier) {
        return new LinkRequestView(r.id(), Direction.RECEIVED, r.status(), r.requestedName(), r.requestedCountry(), null,
                null, null, r.message(), requestingOrganisation, supplier.id(), supplier.name(), r.requestedAt(),
                r.decidedAt(), r.decisionReason());
    }
}
