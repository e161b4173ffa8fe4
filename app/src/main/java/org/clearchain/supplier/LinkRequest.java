package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A buyer's request to link a supplier that is already known: PENDING until the supplier's organisation (or, while it
 * has none, the buyer that first listed it) accepts, which creates the {@link BuyerLink}, or declines.
 * {@code requestedName} and {@code requestedCountry} are what the requester asked for, never the stored record.
 */
@Serdeable
@MappedEntity("link_request")
public record LinkRequest(@Id @GeneratedValue @Nullable Long id,
                          Long requesterId,
                          Long supplierId,
                          String requestedName,
                          String requestedCountry,
                          int tier,
                          @Nullable Long parentSupplierId,
                          @Nullable BigDecimal shareOfOutput,
                          @Nullable String message,
                          Status status,
                          String requestedBy,
                          Instant requestedAt,
                          @Nullable String decidedBy,
                          @Nullable Instant decidedAt,
                          @Nullable String decisionReason) {

    public enum Status { PENDING, ACCEPTED, DECLINED }

    LinkRequest decided(Status to, String by, Instant at, @Nullable String reason) {
        return new LinkRequest(id, requesterId, supplierId, requestedName, requestedCountry, tier, parentSupplierId,
                shareOfOutput, message, to, requestedBy, requestedAt, by, at, reason);
    }
}
