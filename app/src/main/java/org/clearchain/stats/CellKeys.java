package org.clearchain.stats;

/**
 * The public's disclosure control, by the cell-key method (docs/statistics-disclosure-control.md). A cell's key is
 * the sum of its records' fixed random keys modulo 256, so the same cell always gets the same key; the key and the
 * count together pick the published value from a fixed perturbation table:
 * <ul>
 *   <li>a count under {@link #THRESHOLD} is published as "fewer than 5", with no number;</li>
 *   <li>any other count is rounded to a multiple of {@link #BASE}, up or down as its key says — nearer multiple more
 *       often, never further than 4 from the true count, and never below 5.</li>
 * </ul>
 * Every published number being a multiple of 5, any sum or difference of published numbers is one too: subtracting
 * tables, periods or totals can never give a count of 1 to 4.
 */
final class CellKeys {

    static final int KEYS = 256;
    static final int THRESHOLD = 5;
    static final int BASE = 5;
    static final int MAX_DIFFERENCE = BASE - 1;

    // For a count leaving remainder r by 5, keys below UP_BELOW[r] round it up and the others down: 10 %, 30 %, 70 %
    // and 90 % up for r = 1 to 4. Symmetric, so the rounding is as often up as down and adds no bias to totals.
    private static final int[] UP_BELOW = {0, 26, 77, 179, 230};

    private CellKeys() {
    }

    static PublishedCell publish(StatisticsCell cell) {
        if (cell.count() < THRESHOLD) {
            return PublishedCell.withheld(cell.key());
        }
        int remainder = (int) (cell.count() % BASE);
        long down = cell.count() - remainder;
        return PublishedCell.published(cell.key(), cell.cellKey() < UP_BELOW[remainder] ? down + BASE : down);
    }
}
