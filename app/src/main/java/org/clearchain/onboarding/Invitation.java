package org.clearchain.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An invitation for one of a supplier's people: a one-time code (only its hash kept) that, redeemed before it expires,
 * creates that person's user in the supplier's own organisation. {@code organisationId} is set only by the admin.
 */
@MappedEntity("invitation")
record Invitation(@Id @GeneratedValue @Nullable Long id,
                  Long supplierId,
                  @Nullable Long organisationId,
                  @Nullable String invitee,
                  String codeHash,
                  String invitedBy,
                  Instant invitedAt,
                  Instant expiresAt,
                  @Nullable Instant redeemedAt,
                  @Nullable Long userId) {

    Invitation redeemed(long user, Instant now) {
        return new Invitation(id, supplierId, organisationId, invitee, codeHash, invitedBy, invitedAt, expiresAt, now, user);
    }

    InvitationView view(Instant now) {
        String status = redeemedAt != null ? "REDEEMED" : now.isBefore(expiresAt) ? "PENDING" : "EXPIRED";
        return new InvitationView(id, supplierId, invitee, invitedBy, invitedAt, expiresAt, status, redeemedAt);
    }
}
