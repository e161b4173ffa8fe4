package org.clearchain.stats;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.stats.ComplaintCountRepository.ComplaintGroup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.clearchain.stats.ComplaintDimension.AGAINST;
import static org.clearchain.stats.ComplaintDimension.CATEGORY;
import static org.clearchain.stats.ComplaintDimension.COUNTRY;
import static org.clearchain.stats.ComplaintDimension.YEAR;

/**
 * Counts of complaints filed, against registered agencies and unlicensed recruiters alike, grouped by any subset of
 * {@link ComplaintDimension}. Each cell carries its key: the sum of its complaints' record keys modulo
 * {@link CellKeys#KEYS}, so the public's rounding of a cell is the same whenever it is asked for.
 */
@Singleton
class ComplaintStatistics {

    private static final Comparator<String> VALUES = Comparator.nullsFirst(Comparator.naturalOrder());

    private final ComplaintCountRepository complaints;

    ComplaintStatistics(ComplaintCountRepository complaints) {
        this.complaints = complaints;
    }

    @Transactional(readOnly = true)
    List<StatisticsCell> count(List<ComplaintDimension> dimensions, LocalDate from, LocalDate to) {
        List<ComplaintGroup> groups = complaints.count(dimensions.contains(CATEGORY), dimensions.contains(YEAR),
                dimensions.contains(AGAINST), dimensions.contains(COUNTRY),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return groups.stream().filter(group -> group.complaints() > 0).map(group -> {
            Map<String, String> key = new LinkedHashMap<>();
            for (ComplaintDimension d : dimensions) {
                key.put(d.parameter(), d.valueOf(group));
            }
            return new StatisticsCell(key, group.complaints(), (int) (group.recordKeys() % CellKeys.KEYS));
        }).sorted(ComplaintStatistics::inOrderAsked).toList();
    }

    /** By the values of the dimensions in the order they were asked for (years have four digits, so as text too). */
    private static int inOrderAsked(StatisticsCell a, StatisticsCell b) {
        var values = b.key().values().iterator();
        for (String value : a.key().values()) {
            int c = VALUES.compare(value, values.next());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
