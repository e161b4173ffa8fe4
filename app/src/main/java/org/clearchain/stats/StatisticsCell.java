package org.clearchain.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One cell of a statistics table before disclosure control: the number of workers that share the
 * dimension values in {@code key} (dimension name to value, e.g. {@code {"sector":"01","sex":"FEMALE"}}), and the
 * cell key ({@code 0} to {@code 255}) that decides how the public sees it (see {@link CellKeys}).
 */
public record StatisticsCell(Map<String, String> key, long count, int cellKey) {

    public StatisticsCell {
        Objects.requireNonNull(key, "key");
        if (count < 0) {
            throw new IllegalArgumentException("a count of workers cannot be negative: " + count);
        }
        if (cellKey < 0 || cellKey >= CellKeys.KEYS) {
            throw new IllegalArgumentException("a cell key is 0 to " + (CellKeys.KEYS - 1) + ", not " + cellKey);
        }
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    }
}
