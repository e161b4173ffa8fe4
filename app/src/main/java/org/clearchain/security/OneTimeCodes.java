package org.clearchain.security;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Codes handed to one person once: invitations, password resets. 20 random characters of a 31-letter alphabet (about
 * 99 bits, beyond guessing even without the rate limit), without look-alikes (0/O, 1/I/L), in groups of five so they
 * can be read out. Only their SHA-256 is stored: a plain hash suffices for a secret this random, and lets the
 * code be found by its hash.
 */
@Singleton
public class OneTimeCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 20;
    private final SecureRandom random = new SecureRandom();

    /** A new code, e.g. {@code INV-7K3MQ-9TDXA-…}, behind a prefix that says what it is for. */
    public String next(String prefix) {
        StringBuilder code = new StringBuilder(prefix);
        for (int i = 0; i < LENGTH; i++) {
            code.append(i % 5 == 0 ? "-" : "").append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The hash a code is stored and found by; case, spaces and dashes as typed do not matter. */
    public static String hash(String code) {
        String canonical = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
