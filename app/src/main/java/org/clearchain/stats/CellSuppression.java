package org.clearchain.stats;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.clearchain.stats.CellGrid.Cell;
import org.clearchain.stats.CellGrid.Line;

/**
 * Small-cell suppression for published statistics. Counts of 1 to 4 workers are withheld (primary
 * suppression), and further cells are withheld (complementary suppression) until no line of the
 * table holds exactly one withheld cell: a reader gets every line's total from the same endpoint with
 * one dimension fewer, so total minus the published cells would give the lone withheld cell away.
 *
 * <p>This defeats a reader who works line by line, however many rounds. It is not a guarantee
 * against solving all line equations at once: a withheld cell that bridges two otherwise closed
 * patterns of withheld cells can still be worked out by linear algebra.
 */
public final class CellSuppression {

    public static final int THRESHOLD = 5;

    private static final Comparator<Cell> CHEAPEST_COMPLEMENT =
            Comparator.<Cell>comparingLong(cell -> cell.count).thenComparing(Cell.KEY_ORDER);

    private CellSuppression() {
    }

    /**
     * @param dimensions the table's dimensions in output order
     * @param cells one cell per key; a missing key means zero workers
     * @return every input cell, plus any empty cell withheld as a complement, sorted by key values
     *         in dimension order
     */
    public static List<PublishedCell> apply(List<String> dimensions, List<StatisticsCell> cells) {
        CellGrid grid = CellGrid.of(dimensions, cells);
        Deque<Line> lonely = new ArrayDeque<>();
        for (Cell cell : grid.cellsInKeyOrder()) {
            if (isSmall(cell)) {
                suppress(grid, cell, lonely);
            }
        }
        while (!lonely.isEmpty()) {
            Line line = lonely.poll();
            if (line.suppressedCount == 1) {
                Cell complement = complementFor(grid, line);
                if (complement != null) {
                    suppress(grid, complement, lonely);
                }
            }
        }
        return grid.publish();
    }

    static boolean isSmall(Cell cell) {
        return cell.count > 0 && cell.count < THRESHOLD;
    }

    private static void suppress(CellGrid grid, Cell cell, Deque<Line> lonely) {
        cell.suppressed = true;
        for (Line line : grid.linesOf(cell)) {
            line.suppressedCount++;
            if (line.suppressedCount == 1) {
                lonely.add(line);
            }
        }
    }

    /**
     * The smallest published cell holding workers; zero cells are no protection worth the name, since
     * a reader bounds a withheld zero by the line total just as well.
     *
     * <p>When the line has no other cell holding workers its total equals the withheld cell. For a
     * small cell that is fine: the total is itself under the threshold and withheld by the coarser
     * query's own primary suppression. It is not fine for a complement: a complement holds 5 or more
     * (or 0), so the coarser query publishes that total and the complement, and through it the small
     * cell it was meant to hide, would be given away. This does happen, e.g. when a complement is the
     * only cell of its column. Then an empty cell of the line is withheld too, so the reader faces two
     * unknowns; it appears in the output as suppressed although the input left it out.
     */
    private static Cell complementFor(CellGrid grid, Line line) {
        Cell lone = null;
        Cell cheapest = null;
        for (Cell member : line.members) {
            if (member.suppressed) {
                lone = member;
            } else if (member.count > 0 && (cheapest == null || CHEAPEST_COMPLEMENT.compare(member, cheapest) < 0)) {
                cheapest = member;
            }
        }
        if (cheapest != null || isSmall(lone)) {
            return cheapest;
        }
        Cell empty = grid.emptyCellIn(line);
        if (empty == null) {
            throw new IllegalStateException("a line of a varying dimension has at least two positions");
        }
        return empty;
    }
}
