package org.clearchain.onboarding;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.clearchain.security.FitsBcrypt;
import org.clearchain.security.Usernames;

/** An invitation code with the username and password its person chooses (the username as {@code POST /api/users} takes it). */
@Serdeable
record Redemption(@NotBlank @Size(max = 100) String code,
                  @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._@-]+",
                          message = "may contain only the letters a to z (without accents), digits and . _ @ -") String username,
                  @NotBlank @Size(min = 10, message = "must be at least 10 characters long") @FitsBcrypt String password) {

    Redemption {
        username = Usernames.normalise(username);
    }
}
