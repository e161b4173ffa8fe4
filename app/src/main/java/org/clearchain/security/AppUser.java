package org.clearchain.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Someone who logs in. The password is kept only as a BCrypt hash. */
@MappedEntity("app_user")
public record AppUser(@Id @GeneratedValue @Nullable Long id,
                      String username,
                      String passwordHash,
                      Role role,
                      Long organisationId,
                      boolean enabled,
                      Instant createdAt) {
}
