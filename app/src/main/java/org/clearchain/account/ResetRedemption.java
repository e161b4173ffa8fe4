package org.clearchain.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clearchain.security.FitsBcrypt;

/** A password-reset code with the new password its user chose. */
@Serdeable
public record ResetRedemption(@NotBlank @Size(max = 100) String code,
                              @NotBlank @Size(min = 10, message = "must be at least 10 characters long") @FitsBcrypt String password) {
}
