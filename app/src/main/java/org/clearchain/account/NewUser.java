package org.clearchain.account;

import org.clearchain.security.Role;
import org.clearchain.security.Usernames;
import org.clearchain.security.FitsBcrypt;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user to create; the password is hashed at once and never stored or logged as given. The username is
 * normalised ({@link Usernames}) before it is checked, so " Ada.Lovelace " becomes "ada.lovelace".
 */
@Serdeable
public record NewUser(@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._@-]+",
                              message = "may contain only the letters a to z (without accents), digits and . _ @ -") String username,
                      @NotBlank @Size(min = 10, message = "must be at least 10 characters long") @FitsBcrypt String password,
                      @NotNull Role role,
                      @NotNull Long organisationId) {

    public NewUser {
        username = Usernames.normalise(username);
    }
}
