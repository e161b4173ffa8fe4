package org.clearchain.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of an assessment's explanation. The points of all contributions add up to the score (caps and floors
 * appear as contributions of their own), so an auditor can check the sum.
 *
 * @param rule which rule of the methodology, e.g. {@code I.country}, {@code E.finding}, {@code FLOOR.R1}
 * @param factor what was found, in words
 * @param source where the fact comes from (a reference dataset's publisher, an inspection, a declaration)
 * @param edition the edition of the reference data or methodology used, {@code null} for a live record
 * @param rawValue the inputs and arithmetic behind the points
 * @param points unrounded; {@link #displayPoints()} rounds to 2 decimals
 * @param asOf the date the fact refers to (finding date, last placement, …) or the assessment date
 * @param sourceRecords the records the fact was read from (inspections, declarations, …), so that the contribution can be
 *                      shown without them to readers who may not read them; empty for reference data and the
 *                      methodology, and in snapshots stored before they were kept
 */
public record Contribution(String rule, String factor, String source, String edition, String rawValue, double points,
                           LocalDate asOf, List<SourceRecord> sourceRecords) {

    public Contribution {
        sourceRecords = sourceRecords == null ? List.of()
                : sourceRecords.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** A contribution from reference data or the methodology, which every reader may see. */
    public Contribution(String rule, String factor, String source, String edition, String rawValue, double points,
                        LocalDate asOf) {
        this(rule, factor, source, edition, rawValue, points, asOf, List.of());
    }

    public double displayPoints() {
        return Rounding.twoDecimals(points);
    }
}
