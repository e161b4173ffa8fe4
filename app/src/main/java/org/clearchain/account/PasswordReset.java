package org.clearchain.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A one-time code the admin issued for a user to choose a new password; only its hash is kept. */
@MappedEntity("password_reset")
record PasswordReset(@Id @GeneratedValue @Nullable Long id,
                     Long userId,
                     String codeHash,
                     String issuedBy,
                     Instant issuedAt,
                     Instant expiresAt,
                     @Nullable Instant usedAt) {

    PasswordReset used(Instant now) {
        return new PasswordReset(id, userId, codeHash, issuedBy, issuedAt, expiresAt, now);
    }
}
