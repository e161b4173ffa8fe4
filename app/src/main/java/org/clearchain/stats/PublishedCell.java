package org.clearchain.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A cell as its reader sees it: a count (exact for inspectors, rounded by {@link CellKeys} for the public), or
 * {@code suppressed} with no count when the public's cell holds fewer than 5 workers.
 */
@Serdeable
public record PublishedCell(Map<String, String> key, @Nullable Long count, boolean suppressed) {

    public PublishedCell {
        Objects.requireNonNull(key, "key");
        if (suppressed != (count == null)) {
            throw new IllegalArgumentException("a cell has a count exactly when it is not suppressed");
        }
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    }

    public static PublishedCell published(Map<String, String> key, long count) {
        return new PublishedCell(key, count, false);
    }

    public static PublishedCell withheld(Map<String, String> key) {
        return new PublishedCell(key, null, true);
    }
}
