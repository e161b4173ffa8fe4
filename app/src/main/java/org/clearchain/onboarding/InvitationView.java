package org.clearchain.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An invitation without its code: {@code status} PENDING, REDEEMED or EXPIRED. */
@Serdeable
record InvitationView(long id, long supplierId, @Nullable String invitee, String invitedBy, Instant invitedAt,
                      Instant expiresAt, String status, @Nullable Instant redeemedAt) {
}
