package org.clearchain.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;

import java.nio.charset.StandardCharsets;

/**
 * Refuses to start without a signing secret of at least 256 bits. Without any, Micronaut would issue unsigned
 * ({@code alg=none}) tokens and accept them from anyone. Every application that logs users in has a database; a
 * context without one (a JSON mapper's own, in a unit test) issues no tokens and is not checked.
 */
@Context
@Requires(property = "datasources.default.url")
class TokenSecretCheck {

    static final int MINIMUM_BYTES = 32;

    TokenSecretCheck(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new IllegalStateException("CLEARCHAIN_JWT_SECRET must be set to " + MINIMUM_BYTES
                    + " or more random characters (256 bits) to sign login tokens, the same on every instance;"
                    + " e.g. CLEARCHAIN_JWT_SECRET=$(openssl rand -base64 48)."
                    + (secret.isEmpty() ? " It is not set." : " It is " + secret.length() + " characters."));
        }
    }
}
