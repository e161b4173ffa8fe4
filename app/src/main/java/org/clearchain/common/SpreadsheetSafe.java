package org.clearchain.common;

/**
 * Neutralises text that a spreadsheet would run as a formula when an export is opened in it (OWASP's CSV injection
 * rule): a value starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text and never evaluate. Every export applies it to every text it writes.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
