package org.clearchain.common;

import java.util.Locale;

/**
 * Reads a true/false query parameter strictly. Bound as {@code Boolean}, Micronaut took any text but "true" for false,
 * so {@code ?licenceProblem=yes} quietly listed the suppliers without a problem.
 */
public final class Flags {

    private Flags() {
    }

    public static Boolean parseOrNull(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(field, "'" + value + "' is not true or false: must be true or false");
        };
    }
}
