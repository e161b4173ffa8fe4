package org.clearchain.common;

import java.util.Collections;

/** Text for statements written by hand: the markers of an IN list (values cut to fit a column: integrations' Ellipsis). */
public final class SqlText {

    private SqlText() {
    }

    /** {@code ?,?,?} for {@code n} values. */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
