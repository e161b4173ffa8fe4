package org.clearchain.integrations.text;

/**
 * Text cut to fit a column or a message, in one place for the application and the feeds: a reader sees from the
 * "…" that there was more.
 */
public final class Ellipsis {

    private Ellipsis() {
    }

    /** {@code text} if it fits in {@code max} characters, else its start and "…" in {@code max} characters. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
