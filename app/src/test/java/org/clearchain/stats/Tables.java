package org.clearchain.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fixtures and the reader's view of a published table, shared by the suppression tests. */
final class Tables {

    private Tables() {
    }

    /** {@code cell(3, "sector", "01", "sex", "FEMALE")}. */
    static StatisticsCell cell(long count, String... dimensionValuePairs) {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < dimensionValuePairs.length; i += 2) {
            key.put(dimensionValuePairs[i], dimensionValuePairs[i + 1]);
        }
        return new StatisticsCell(key, count);
    }

    static Set<Map<String, String>> suppressedKeys(List<PublishedCell> published) {
        Set<Map<String, String>> keys = new HashSet<>();
        for (PublishedCell cell : published) {
            if (cell.suppressed()) {
                keys.add(cell.key());
            }
        }
        return keys;
    }

    /**
     * Lines (cells equal on all dimensions but one) holding exactly one suppressed cell, which the
     * line total would give away. Exempt, because the reader never sees that total: a line along a
     * dimension with a single value (the coarser query is this same table and withholds the same
     * cells), and a line whose total is 1 to 4 (the coarser query withholds it as a small count).
     */
    static List<String> lonelySuppressedLines(List<String> dimensions, List<StatisticsCell> truth,
                                              List<PublishedCell> published) {
        List<String> violations = new ArrayList<>();
        Map<Map<String, String>, Long> counts = countsOf(truth);
        for (String along : dimensions) {
            if (isConstant(along, published)) {
                continue;
            }
            Map<Map<String, String>, List<PublishedCell>> lines = linesAlong(along, published);
            lines.forEach((pattern, members) -> {
                long suppressed = members.stream().filter(PublishedCell::suppressed).count();
                long total = members.stream().mapToLong(m -> counts.getOrDefault(m.key(), 0L)).sum();
                if (suppressed == 1 && !(total > 0 && total < CellSuppression.THRESHOLD)) {
                    violations.add("along " + along + " at " + pattern + ": " + members);
                }
            });
        }
        return violations;
    }

    /**
     * A reader who knows every line total a coarser query publishes and repeatedly solves any line
     * with exactly one unknown cell (total minus the known cells), each solved cell becoming known
     * for the next round. Totals come from the unsuppressed truth; only those the coarser query
     * itself withholds are hidden (see {@link #lonelySuppressedLines}). Returns what was recovered.
     */
    static Map<Map<String, String>, Long> attack(List<String> dimensions, List<StatisticsCell> truth,
                                                 List<PublishedCell> published) {
        Map<Map<String, String>, Long> counts = countsOf(truth);
        Map<Map<String, String>, Long> known = new HashMap<>();
        for (PublishedCell cell : published) {
            if (!cell.suppressed()) {
                known.put(cell.key(), cell.count());
            }
        }
        Map<Map<String, String>, Long> recovered = new HashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (String along : dimensions) {
                if (isConstant(along, published)) {
                    continue;
                }
                for (List<PublishedCell> members : linesAlong(along, published).values()) {
                    long total = members.stream().mapToLong(m -> counts.getOrDefault(m.key(), 0L)).sum();
                    if (total > 0 && total < CellSuppression.THRESHOLD) {
                        continue;
                    }
                    List<PublishedCell> unknown = members.stream().filter(m -> !known.containsKey(m.key())).toList();
                    if (unknown.size() == 1) {
                        long knownSum = members.stream().filter(m -> known.containsKey(m.key()))
                                .mapToLong(m -> known.get(m.key())).sum();
                        known.put(unknown.get(0).key(), total - knownSum);
                        recovered.put(unknown.get(0).key(), total - knownSum);
                        progress = true;
                    }
                }
            }
        }
        return recovered;
    }

    private static Map<Map<String, String>, Long> countsOf(List<StatisticsCell> truth) {
        Map<Map<String, String>, Long> counts = new HashMap<>();
        truth.forEach(cell -> counts.put(cell.key(), cell.count()));
        return counts;
    }

    private static boolean isConstant(String dimension, List<PublishedCell> published) {
        return published.stream().map(cell -> cell.key().get(dimension)).distinct().count() < 2;
    }

    private static Map<Map<String, String>, List<PublishedCell>> linesAlong(String along, List<PublishedCell> published) {
        Map<Map<String, String>, List<PublishedCell>> lines = new LinkedHashMap<>();
        for (PublishedCell cell : published) {
            Map<String, String> pattern = new LinkedHashMap<>(cell.key());
            pattern.remove(along);
            lines.computeIfAbsent(pattern, p -> new ArrayList<>()).add(cell);
        }
        return lines;
    }
}
