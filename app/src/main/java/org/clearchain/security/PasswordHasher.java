package org.clearchain.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;
import org.clearchain.common.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** BCrypt (cost 10) through a maintained library; no home-made crypto. */
@Singleton
public class PasswordHasher {

    /** BCrypt reads at most 72 bytes; the library refuses longer input rather than ignore the rest. */
    static final int MAX_BYTES = 72;
    private static final int COST = 10;
    // Compared against when the user does not exist, so that a wrong name costs as long as a wrong password.
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(COST, "not-a-password".toCharArray());

    public String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.invalidField("password", "must be at most " + MAX_BYTES + " bytes long in UTF-8"
                    + " (72 plain letters or digits; letters with accents and other scripts take two to four bytes each)");
        }
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /** A password longer than any stored one could be never matches, and is refused as slowly as a wrong one. */
    public boolean matches(String password, String hash) {
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        if (given.length > MAX_BYTES) {
            BCrypt.verifyer().verify(Arrays.copyOf(given, MAX_BYTES), hash.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return BCrypt.verifyer().verify(given, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void spendTimeLikeAMatch(String password) {
        matches(password, DUMMY_HASH);
    }
}
