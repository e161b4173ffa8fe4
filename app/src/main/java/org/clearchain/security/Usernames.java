package org.clearchain.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One spelling per username, at creation and at login alike: NFC, trimmed, lower case. The column
 * compares binary ({@code utf8mb4_bin}), so what this leaves distinct stays distinct ("ádmin" is not "admin").
 */
public final class Usernames {

    private Usernames() {
    }

    public static String normalise(String username) {
        if (username == null) {
            return null;
        }
        return Normalizer.normalize(username, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    /** NUL, line breaks and the like inside a name: refused rather than stored or looked up. */
    public static boolean hasControlCharacters(String username) {
        return username != null && username.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }
}
