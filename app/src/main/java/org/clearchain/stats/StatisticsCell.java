package org.clearchain.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One cell of a statistics table before disclosure control: the number of workers that share the
 * dimension values in {@code key} (dimension name to value, e.g. {@code {"sector":"01","sex":"FEMALE"}}).
 */
public record StatisticsCell(Map<String, String> key, long count) {

    public StatisticsCell {
        Objects.requireNonNull(key, "key");
        if (count < 0) {
            throw new IllegalArgumentException("a count of workers cannot be negative: " + count);
        }
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    }
}
