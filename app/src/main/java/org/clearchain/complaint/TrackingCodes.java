package org.clearchain.complaint;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/**
 * Tracking codes such as {@code CMP-7K3M-Q9TD}: random (they are the complainant's only key, so they must not
 * be guessable), without look-alike characters (0/O, 1/I/L) so they survive being read out or written down.
 */
@Singleton
class TrackingCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder("CMP-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
