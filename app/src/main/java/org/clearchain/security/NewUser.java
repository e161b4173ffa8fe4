package org.clearchain.security;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A user to create; the password is hashed at once and never stored or logged as given. */
@Serdeable
public record NewUser(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+",
                              message = "may contain only letters, digits and . _ @ -") String username,
                      @NotBlank @Size(min = 10, max = 72, message = "must be 10 to 72 characters long") String password,
                      @NotNull Role role,
                      @NotNull Long organisationId) {
}
