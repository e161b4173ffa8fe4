package org.clearchain.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A new invitation with its code, shown this once: hand it to the person by a channel of your own. They redeem it at
 * {@code POST /api/public/invitations/redeem} with the username and password they choose.
 */
@Serdeable
record IssuedInvitation(long id, long supplierId, @Nullable String invitee, String code, Instant expiresAt) {
}
