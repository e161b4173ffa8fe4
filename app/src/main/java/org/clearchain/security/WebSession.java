package org.clearchain.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signed-in browser: the SHA-256 of its cookie, whose it is, and the token its forms must carry. */
@MappedEntity("web_session")
record WebSession(@Id String idHash, String username, String csrfToken, Instant createdAt, Instant lastSeenAt) {

    WebSession seenAt(Instant now) {
        return new WebSession(idHash, username, csrfToken, createdAt, now);
    }
}
