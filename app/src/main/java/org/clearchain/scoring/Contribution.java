package org.clearchain.scoring;

import java.time.LocalDate;

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
 */
public record Contribution(String rule, String factor, String source, String edition, String rawValue, double points,
                           LocalDate asOf) {

    public double displayPoints() {
        return Rounding.twoDecimals(points);
    }
}
