package org.clearchain.account;

import org.clearchain.security.AppUser;
import org.clearchain.security.Role;

import io.micronaut.serde.annotation.Serdeable;

/** A user without the password hash. */
@Serdeable
public record UserView(long id, String username, Role role, long organisationId, boolean enabled) {

    static UserView of(AppUser user) {
        return new UserView(user.id(), user.username(), user.role(), user.organisationId(), user.enabled());
    }
}
