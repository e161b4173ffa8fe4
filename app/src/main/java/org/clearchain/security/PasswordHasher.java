package org.clearchain.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;
import org.clearchain.common.ProblemException;

import java.nio.charset.StandardCharsets;

/** BCrypt (cost 10) through a maintained library; no home-made crypto. */
@Singleton
public class PasswordHasher {

    /** BCrypt reads no further; the library refuses longer input rather than silently cutting it. */
    public static final int MAX_BYTES = 72;
    public static final String TOO_LONG = "must be at most 72 bytes in UTF-8: 72 letters, digits or symbols without accents, "
            + "fewer with accented letters or other scripts (2 to 4 bytes each)";

    private static final int COST = 10;
    // Compared against when the user does not exist, so that a wrong name costs as long as a wrong password.
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(COST, "not-a-password".toCharArray());

    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    public String hash(String password) {
        if (!fits(password)) {
            throw ProblemException.invalidField("password", TOO_LONG);
        }
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /** False for a password no hash can have been made of (longer than {@link #MAX_BYTES}), after the same work. */
    public boolean matches(String password, String hash) {
        if (!fits(password)) {
            spendTimeLikeAMatch("");
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void spendTimeLikeAMatch(String password) {
        matches(password, DUMMY_HASH);
    }
}
