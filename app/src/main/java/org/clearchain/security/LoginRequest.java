package org.clearchain.security;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /login}; the username arrives normalised ({@link Usernames}). */
@Serdeable
record LoginRequest(@NotBlank
                    @Size(max = 100, message = "must be at most 100 characters long")
                    @Pattern(regexp = "\\P{Cc}*", message = "must not contain control characters such as NUL or line breaks")
                    String username,
                    @NotBlank @FitsBcrypt String password) {

    LoginRequest {
        username = Usernames.normalise(username);
    }

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
