package org.clearchain.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** How long one-time codes stay good ({@code clearchain.codes}): invitations and password resets. */
@ConfigurationProperties("clearchain.codes")
public record CodeValidity(@NotNull Duration invitation, @NotNull Duration passwordReset) {
}
