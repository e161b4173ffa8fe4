package org.clearchain.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clearchain.security.FitsBcrypt;

/** Changing one's own password: the current one proves it is you. */
@Serdeable
public record NewPassword(@NotBlank @Size(max = 200) String currentPassword,
                          @NotBlank @Size(min = 10, message = "must be at least 10 characters long") @FitsBcrypt String newPassword) {
}
