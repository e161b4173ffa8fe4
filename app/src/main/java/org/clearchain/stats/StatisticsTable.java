package org.clearchain.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A statistics answer. {@code suppressionThreshold} is null when the reader may see small cells (inspectors,
 * the admin); otherwise cells under it, and the cells that would reveal them, have a null count.
 */
@Serdeable
public record StatisticsTable(List<String> groupBy, @Nullable LocalDate from, @Nullable LocalDate to,
                              @Nullable Integer suppressionThreshold, String measure, List<PublishedCell> cells) {

    static final String MEASURE = "workers affected by findings of completed inspections (a worker affected by two"
            + " indicators counts under each)";
}
