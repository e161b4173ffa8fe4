package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.clearchain.security.Role;

import java.net.URI;

/** Where each role lands after signing in: its own part of the console. */
@Singleton
class StartPages {

    URI of(@Nullable Role role) {
        return role == Role.LICENSING_OFFICER ? URI.create("/officer") : URI.create("/");
    }
}
