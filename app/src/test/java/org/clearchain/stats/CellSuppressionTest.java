package org.clearchain.stats;

import static org.clearchain.stats.Tables.attack;
import static org.clearchain.stats.Tables.cell;
import static org.clearchain.stats.Tables.lonelySuppressedLines;
import static org.clearchain.stats.Tables.suppressedKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellSuppressionTest {

    private static final List<String> SECTOR_BY_SEX = List.of("sector", "sex");
    private static final List<String> ALL_DIMENSIONS = List.of("sector", "country", "year", "indicator", "sex", "ageBand");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aGrandTotalOfOneToFourIsSuppressed(long count) {
        PublishedCell total = CellSuppression.apply(List.of(), List.of(cell(count))).get(0);

        assertTrue(total.suppressed());
        assertNull(total.count());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 5, 6, 1000})
    void aGrandTotalOfZeroOrFiveAndMoreIsPublished(long count) {
        PublishedCell total = CellSuppression.apply(List.of(), List.of(cell(count))).get(0);

        assertEquals(PublishedCell.published(Map.of(), count), total);
    }

    @Test
    void countsOfOneToFourAreSuppressedAndZeroAndFiveAreNot() {
        List<StatisticsCell> bySector = List.of(
                cell(1, "sector", "01"), cell(2, "sector", "02"), cell(3, "sector", "03"),
                cell(4, "sector", "04"), cell(0, "sector", "05"), cell(5, "sector", "06"));

        List<PublishedCell> published = CellSuppression.apply(List.of("sector"), bySector);

        assertEquals(Set.of(Map.of("sector", "01"), Map.of("sector", "02"), Map.of("sector", "03"),
                Map.of("sector", "04")), suppressedKeys(published));
        assertEquals(PublishedCell.published(Map.of("sector", "05"), 0), published.get(4));
        assertEquals(PublishedCell.published(Map.of("sector", "06"), 5), published.get(5));
    }

    @Test
    void aSmallCellForcesTheSmallestComplementInItsRowAndTheColumnsFollow() {
        List<StatisticsCell> table = List.of(
                cell(3, "sector", "01", "ageBand", "A"), cell(20, "sector", "01", "ageBand", "B"), cell(50, "sector", "01", "ageBand", "C"),
                cell(10, "sector", "02", "ageBand", "A"), cell(25, "sector", "02", "ageBand", "B"), cell(60, "sector", "02", "ageBand", "C"),
                cell(40, "sector", "03", "ageBand", "A"), cell(45, "sector", "03", "ageBand", "B"), cell(70, "sector", "03", "ageBand", "C"));
        List<String> dimensions = List.of("sector", "ageBand");

        List<PublishedCell> published = CellSuppression.apply(dimensions, table);

        // 01/A is small; 01/B is the cheapest partner in its row; columns A and B then each take
        // their cheapest remaining cell, which closes the rectangle in row 02.
        assertEquals(Set.of(
                Map.of("sector", "01", "ageBand", "A"), Map.of("sector", "01", "ageBand", "B"),
                Map.of("sector", "02", "ageBand", "A"), Map.of("sector", "02", "ageBand", "B")), suppressedKeys(published));
        assertEquals(List.of(), lonelySuppressedLines(dimensions, table, published));
    }

    @Test
    void aReaderWithAllLineTotalsRecoversNoSuppressedCellOfATwoDimensionalTable() {
        List<StatisticsCell> table = List.of(
                cell(2, "sector", "01", "sex", "FEMALE"), cell(14, "sector", "01", "sex", "MALE"),
                cell(9, "sector", "02", "sex", "FEMALE"), cell(1, "sector", "02", "sex", "MALE"),
                cell(30, "sector", "03", "sex", "FEMALE"), cell(28, "sector", "03", "sex", "MALE"),
                cell(6, "sector", "04", "sex", "FEMALE"));

        List<PublishedCell> published = CellSuppression.apply(SECTOR_BY_SEX, table);

        assertTrue(suppressedKeys(published).size() >= 4);
        assertEquals(Map.of(), attack(SECTOR_BY_SEX, table, published));
    }

    @Test
    void aReaderWithAllLineTotalsRecoversNoSuppressedCellOfAThreeDimensionalTable() {
        List<String> dimensions = List.of("sector", "sex", "year");
        List<StatisticsCell> table = new ArrayList<>();
        long[] counts = {3, 12, 7, 0, 22, 4, 9, 15, 1, 30, 11, 8, 6, 2, 19, 25, 5, 13};
        int i = 0;
        for (String sector : List.of("01", "02", "03")) {
            for (String sex : List.of("FEMALE", "MALE")) {
                for (String year : List.of("2022", "2023", "2024")) {
                    table.add(cell(counts[i++], "sector", sector, "sex", sex, "year", year));
                }
            }
        }

        List<PublishedCell> published = CellSuppression.apply(dimensions, table);

        assertEquals(List.of(), lonelySuppressedLines(dimensions, table, published));
        assertEquals(Map.of(), attack(dimensions, table, published));
    }

    @Test
    void aComplementAloneInItsColumnIsShieldedByWithholdingAnEmptyCell() {
        // Only sector 01 has men, so the men's total (groupBy=sex) is 01/MALE itself: withholding
        // 01/MALE as the complement of 01/FEMALE alone would let a reader compute both.
        List<StatisticsCell> table = List.of(
                cell(3, "sector", "01", "sex", "FEMALE"), cell(10, "sector", "01", "sex", "MALE"),
                cell(7, "sector", "02", "sex", "FEMALE"),
                cell(8, "sector", "03", "sex", "FEMALE"));

        List<PublishedCell> published = CellSuppression.apply(SECTOR_BY_SEX, table);

        assertTrue(published.contains(PublishedCell.withheld(Map.of("sector", "02", "sex", "MALE"))));
        assertEquals(Map.of(), attack(SECTOR_BY_SEX, table, published));
    }

    @Test
    void aSmallCellAloneInItsLineNeedsNoComplementThereBecauseItsTotalIsSmallToo() {
        List<StatisticsCell> table = List.of(
                cell(3, "sector", "01", "sex", "FEMALE"),
                cell(10, "sector", "02", "sex", "FEMALE"), cell(12, "sector", "02", "sex", "MALE"),
                cell(20, "sector", "03", "sex", "FEMALE"), cell(15, "sector", "03", "sex", "MALE"));

        List<PublishedCell> published = CellSuppression.apply(SECTOR_BY_SEX, table);

        // Sector 01's total is 3, withheld by groupBy=sector, so row 01 takes no partner (no empty
        // 01/MALE is added); the women's column does, and the rectangle closes over sectors 02 and 03.
        assertEquals(Set.of(Map.of("sector", "01", "sex", "FEMALE"),
                Map.of("sector", "02", "sex", "FEMALE"), Map.of("sector", "02", "sex", "MALE"),
                Map.of("sector", "03", "sex", "FEMALE"), Map.of("sector", "03", "sex", "MALE")), suppressedKeys(published));
        assertEquals(table.size(), published.size());
        assertEquals(Map.of(), attack(SECTOR_BY_SEX, table, published));
    }

    @Test
    void aDimensionWithASingleValueSuppressesExactlyWhatTheTableWithoutItDoes() {
        Random random = new Random(7);
        List<StatisticsCell> withYear = new ArrayList<>();
        List<StatisticsCell> withoutYear = new ArrayList<>();
        for (String sector : List.of("01", "02", "03", "04")) {
            for (String sex : List.of("FEMALE", "MALE")) {
                long count = random.nextInt(12);
                withYear.add(cell(count, "sector", sector, "sex", sex, "year", "2024"));
                withoutYear.add(cell(count, "sector", sector, "sex", sex));
            }
        }

        List<PublishedCell> fine = CellSuppression.apply(List.of("sector", "sex", "year"), withYear);
        List<PublishedCell> coarse = CellSuppression.apply(SECTOR_BY_SEX, withoutYear);

        assertEquals(coarse, fine.stream().map(c -> new PublishedCell(without(c.key(), "year"), c.count(), c.suppressed())).toList());
    }

    @Test
    void theOutputDoesNotDependOnTheOrderOfTheInput() {
        List<StatisticsCell> table = randomTable(new Random(11), ALL_DIMENSIONS.subList(0, 3));
        List<StatisticsCell> shuffled = new ArrayList<>(table);
        Collections.shuffle(shuffled, new Random(12));

        assertEquals(CellSuppression.apply(ALL_DIMENSIONS.subList(0, 3), table),
                CellSuppression.apply(ALL_DIMENSIONS.subList(0, 3), shuffled));
    }

    @Test
    void theOutputIsSortedByKeyValuesInDimensionOrder() {
        List<StatisticsCell> table = List.of(
                cell(9, "sex", "MALE", "sector", "02"), cell(9, "sex", "FEMALE", "sector", "02"),
                cell(9, "sex", "MALE", "sector", "01"));

        List<PublishedCell> published = CellSuppression.apply(SECTOR_BY_SEX, table);

        assertEquals(List.of(List.of("01", "MALE"), List.of("02", "FEMALE"), List.of("02", "MALE")),
                published.stream().map(c -> List.copyOf(c.key().values())).toList());
    }

    @Test
    void aKeyListedTwiceIsRejected() {
        List<StatisticsCell> table = List.of(cell(9, "sector", "01"), cell(4, "sector", "01"));

        assertThrows(IllegalArgumentException.class, () -> CellSuppression.apply(List.of("sector"), table));
    }

    @Test
    void aKeyThatDoesNotMatchTheDimensionsIsRejected() {
        List<StatisticsCell> table = List.of(cell(9, "sector", "01", "sex", "MALE"));

        assertThrows(IllegalArgumentException.class, () -> CellSuppression.apply(List.of("sector"), table));
    }

    @Test
    void randomTablesKeepEveryLineSafeAndTheReaderRecoversNothing() {
        Random random = new Random(20240601);
        for (int table = 0; table < 200; table++) {
            List<String> dimensions = ALL_DIMENSIONS.subList(0, 1 + random.nextInt(4));
            List<StatisticsCell> truth = randomTable(random, dimensions);

            List<PublishedCell> published = CellSuppression.apply(dimensions, truth);

            String described = "table " + table + " " + truth;
            assertEquals(List.of(), lonelySuppressedLines(dimensions, truth, published), described);
            assertEquals(Map.of(), attack(dimensions, truth, published), described);
            assertPublishedCountsAreTrue(truth, published, described);
        }
    }

    private static void assertPublishedCountsAreTrue(List<StatisticsCell> truth, List<PublishedCell> published, String described) {
        Map<Map<String, String>, Long> counts = new HashMap<>();
        truth.forEach(c -> counts.put(c.key(), c.count()));
        for (PublishedCell cell : published) {
            long expected = counts.getOrDefault(cell.key(), 0L);
            if (!cell.suppressed()) {
                assertEquals(expected, cell.count(), described);
            }
            if (CellSuppression.THRESHOLD > expected && expected > 0) {
                assertTrue(cell.suppressed(), described);
            }
        }
        assertTrue(published.size() >= truth.size(), described);
    }

    /** Each dimension takes 1 to 4 values; cells are often absent, often small, sometimes explicit zeros. */
    private static List<StatisticsCell> randomTable(Random random, List<String> dimensions) {
        List<List<String>> values = new ArrayList<>();
        for (String dimension : dimensions) {
            List<String> these = new ArrayList<>();
            int size = 1 + random.nextInt(4);
            for (int v = 0; v < size; v++) {
                these.add(dimension + v);
            }
            values.add(these);
        }
        double presence = 0.3 + 0.7 * random.nextDouble();
        List<StatisticsCell> cells = new ArrayList<>();
        addCells(random, dimensions, values, new LinkedHashMap<>(), presence, cells);
        return cells;
    }

    private static void addCells(Random random, List<String> dimensions, List<List<String>> values,
                                 Map<String, String> key, double presence, List<StatisticsCell> cells) {
        if (key.size() == dimensions.size()) {
            if (random.nextDouble() < presence) {
                int kind = random.nextInt(10);
                long count = kind == 0 ? 0 : kind < 4 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
                cells.add(new StatisticsCell(key, count));
            }
            return;
        }
        String dimension = dimensions.get(key.size());
        for (String value : values.get(key.size())) {
            Map<String, String> longer = new LinkedHashMap<>(key);
            longer.put(dimension, value);
            addCells(random, dimensions, values, longer, presence, cells);
        }
    }

    private static Map<String, String> without(Map<String, String> key, String dimension) {
        Map<String, String> shorter = new LinkedHashMap<>(key);
        shorter.remove(dimension);
        return shorter;
    }
}
