package org.clearchain.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Someone who logs in. The password is kept only as a BCrypt hash; tokens issued before {@code credentialsChangedAt}
 * (the last change or reset of the password) are refused, as are all tokens of a disabled user.
 */
@MappedEntity("app_user")
public record AppUser(@Id @GeneratedValue @Nullable Long id,
                      String username,
                      String passwordHash,
                      Role role,
                      Long organisationId,
                      boolean enabled,
                      Instant createdAt,
                      @Nullable Instant credentialsChangedAt) {

    public AppUser withPassword(String hash, Instant now) {
        return new AppUser(id, username, hash, role, organisationId, enabled, createdAt, now);
    }

    /**
     * Whether the password was changed or reset after {@code issued} (a token's iat, a session's start). iat has whole
     * seconds: a token issued in the second of the change still counts.
     */
    public boolean credentialsChangedAfter(@Nullable Instant issued) {
        return credentialsChangedAt != null && (issued == null || issued.getEpochSecond() < credentialsChangedAt.getEpochSecond());
    }

    public AppUser enabled(boolean on) {
        return new AppUser(id, username, passwordHash, role, organisationId, on, createdAt, credentialsChangedAt);
    }
}
