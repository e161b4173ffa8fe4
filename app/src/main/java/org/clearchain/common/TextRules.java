package org.clearchain.common;

import java.util.Optional;

/**
 * What text the API accepts: no control characters (tab, line feed and carriage return excepted) and no
 * bidirectional embedding, override or isolate characters, which can make stored text display as something else
 * (U+202E turns "exe.txt" into "txt.exe"), and no half of a surrogate pair, which no database column can store.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} is refused, written for the person who sent it; empty when it is acceptable. */
    public static Optional<String> refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return Optional.of("is not valid Unicode text (an unpaired surrogate at position " + (i + 1) + ")");
                }
                i++;
            } else if (refused(c)) {
                return Optional.of(String.format("must not contain control or text-direction characters (found U+%04X at"
                        + " position %d); tabs and line breaks are allowed", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean refused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
