package org.clearchain.common;

import java.util.Arrays;
import java.util.Locale;

/** Reads an enum from a query parameter, answering a clear 400 that lists the accepted values. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parseOrNull(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "'" + value + "' is not one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
