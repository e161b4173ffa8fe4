package org.clearchain.account;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A one-time code, shown this once: hand it to its person by a channel of your own. */
@Serdeable
public record IssuedCode(long userId, String username, String code, Instant expiresAt) {
}
