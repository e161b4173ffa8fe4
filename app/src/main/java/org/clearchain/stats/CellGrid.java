package org.clearchain.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells of one table, each filed under its lines: a line along dimension d is the set of cells
 * that agree on every dimension but d.
 *
 * <p>A key is coded as one {@code long}: digit d (in a mixed radix, first dimension most significant)
 * is 1 + the rank of the value among the dimension's sorted values. Codes therefore sort like keys,
 * and zeroing digit d gives the code of the cell's line along d. Tens of thousands of cells with six
 * lines each would otherwise mean hundreds of thousands of small key objects for the collector.
 *
 * <p>Only dimensions with at least two values get lines. Along a dimension with one value every line
 * is a single cell, and the coarser query without that dimension is this very table; leaving the
 * dimension out makes the engine choose exactly what it chooses for that coarser table.
 */
final class CellGrid {

    private final List<String> dimensions;
    private final List<List<String>> values = new ArrayList<>();
    private final long[] radix;
    private final int[] varying;
    private final Map<Long, Cell> cells;
    private final Map<Long, Line> lines;

    private CellGrid(List<String> dimensions, List<StatisticsCell> input) {
        this.dimensions = List.copyOf(dimensions);
        this.radix = new long[dimensions.size()];
        String[][] keys = new String[input.size()][];
        for (int i = 0; i < keys.length; i++) {
            Map<String, String> key = input.get(i).key();
            keys[i] = new String[dimensions.size()];
            for (int d = 0; d < keys[i].length; d++) {
                keys[i][d] = key.get(dimensions.get(d));
            }
        }
        List<Map<String, Integer>> ranks = new ArrayList<>();
        List<Integer> varyingDimensions = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Set<String> seen = new HashSet<>();
            for (String[] key : keys) {
                seen.add(key[d]);
            }
            List<String> sorted = seen.stream().sorted().toList();
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                rank.put(sorted.get(i), i + 1);
            }
            if (sorted.size() > 1) {
                varyingDimensions.add(d);
            }
            values.add(sorted);
            ranks.add(rank);
        }
        this.varying = varyingDimensions.stream().mapToInt(Integer::intValue).toArray();
        this.cells = new HashMap<>(2 * input.size());
        this.lines = new HashMap<>(2 * input.size() * varying.length);
        long place = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            radix[d] = place;
            try {
                place = Math.multiplyExact(place, values.get(d).size() + 1L);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("too many distinct values across " + dimensions + " to code a key in 63 bits", e);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            long code = 0;
            for (int d = 0; d < radix.length; d++) {
                code += ranks.get(d).get(keys[i][d]) * radix[d];
            }
            if (cells.containsKey(code)) {
                throw new IllegalArgumentException("the same key appears twice: " + input.get(i).key());
            }
            add(new Cell(code, input.get(i).count()));
        }
    }

    static CellGrid of(List<String> dimensions, List<StatisticsCell> input) {
        Set<String> expected = new HashSet<>(dimensions);
        if (expected.size() != dimensions.size()) {
            throw new IllegalArgumentException("dimensions repeat: " + dimensions);
        }
        for (StatisticsCell cell : input) {
            if (!cell.key().keySet().equals(expected) || cell.key().containsValue(null)) {
                throw new IllegalArgumentException("key " + cell.key() + " must give a value for exactly " + dimensions);
            }
        }
        return new CellGrid(dimensions, input);
    }

    /** Key order, not hash order: the choice of complements must not depend on how the input was listed. */
    List<Cell> cellsInKeyOrder() {
        List<Cell> sorted = new ArrayList<>(cells.values());
        sorted.sort(Cell.KEY_ORDER);
        return sorted;
    }

    /** Every line the given cell belongs to, one per dimension that varies. */
    List<Line> linesOf(Cell cell) {
        List<Line> of = new ArrayList<>(varying.length);
        for (int d : varying) {
            of.add(lines.get(lineCode(cell.code, d)));
        }
        return of;
    }

    /**
     * A cell of the line holding no workers and not yet suppressed, created if the input left it out.
     * Prefers a cell whose other lines already hold cells, because withholding a cell alone in a line
     * forces yet another empty cell to be withheld there.
     */
    Cell emptyCellIn(Line line) {
        long best = -1;
        int bestNewLines = Integer.MAX_VALUE;
        for (int v = 1; v <= values.get(line.dimension).size(); v++) {
            long code = line.code + v * radix[line.dimension];
            Cell existing = cells.get(code);
            if (existing != null && (existing.suppressed || existing.count > 0)) {
                continue;
            }
            int newLines = 0;
            for (int d : varying) {
                if (!lines.containsKey(lineCode(code, d))) {
                    newLines++;
                }
            }
            if (newLines < bestNewLines) {
                best = code;
                bestNewLines = newLines;
            }
        }
        if (best < 0) {
            return null;
        }
        Cell cell = cells.get(best);
        if (cell == null) {
            cell = new Cell(best, 0);
            add(cell);
        }
        return cell;
    }

    List<PublishedCell> publish() {
        List<Cell> sorted = cellsInKeyOrder();
        List<PublishedCell> published = new ArrayList<>(sorted.size());
        for (Cell cell : sorted) {
            Map<String, String> key = new LinkedHashMap<>(2 * dimensions.size());
            for (int d = 0; d < dimensions.size(); d++) {
                int rank = (int) (cell.code / radix[d] % (values.get(d).size() + 1));
                key.put(dimensions.get(d), values.get(d).get(rank - 1));
            }
            published.add(cell.suppressed ? PublishedCell.withheld(key) : PublishedCell.published(key, cell.count));
        }
        return published;
    }

    private long lineCode(long cellCode, int dimension) {
        return cellCode - cellCode / radix[dimension] % (values.get(dimension).size() + 1) * radix[dimension];
    }

    private void add(Cell cell) {
        cells.put(cell.code, cell);
        for (int d : varying) {
            long code = lineCode(cell.code, d);
            Line line = lines.get(code);
            if (line == null) {
                line = new Line(d, code);
                lines.put(code, line);
            }
            line.members.add(cell);
        }
    }

    static final class Cell {
        static final Comparator<Cell> KEY_ORDER = Comparator.comparingLong(cell -> cell.code);

        final long code;
        final long count;
        boolean suppressed;

        Cell(long code, long count) {
            this.code = code;
            this.count = count;
        }
    }

    static final class Line {
        final int dimension;
        /** The members' code with the digit of {@link #dimension} zeroed. */
        final long code;
        final List<Cell> members = new ArrayList<>(4);
        int suppressedCount;

        Line(int dimension, long code) {
            this.dimension = dimension;
            this.code = code;
        }
    }
}
