package org.clearchain.common;

import java.util.Collections;

/** Text for statements written by hand: the markers of an IN list, and values cut to fit their column. */
public final class SqlText {

    private SqlText() {
    }

    /** {@code ?,?,?} for {@code n} values. */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** {@code text} if it fits in {@code max} characters, else its start and "…" in {@code max} characters. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
