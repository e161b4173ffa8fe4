package org.clearchain.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A statistics answer. {@code suppressionThreshold} and {@code disclosureControl} are null when the reader sees exact
 * counts (inspectors, the admin); for the public, cells under the threshold have a null count and every other count
 * is rounded as {@code disclosureControl} says, and {@code from}/{@code to} are the whole quarters answered for.
 */
@Serdeable
public record StatisticsTable(List<String> groupBy, @Nullable LocalDate from, @Nullable LocalDate to,
                              @Nullable Integer suppressionThreshold, @Nullable DisclosureControl disclosureControl,
                              String measure, List<PublishedCell> cells) {

    static final String MEASURE = "workers affected by findings of completed inspections (a worker affected by two"
            + " indicators counts under each)";
}
