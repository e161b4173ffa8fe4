package org.clearchain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

    @Test
    void aSuppressedCountIsAnEmptyFieldFlaggedInTheLastColumn() {
        List<PublishedCell> cells = List.of(
                PublishedCell.published(Map.of("sector", "01", "sex", "FEMALE"), 12),
                PublishedCell.withheld(Map.of("sector", "01", "sex", "MALE")));

        String csv = StatisticsCsv.write(List.of("sector", "sex"), cells, List.of());

        assertEquals("sector,sex,count,suppressed\r\n"
                + "01,FEMALE,12,false\r\n"
                + "01,MALE,,true\r\n", csv);
    }

    @Test
    void aValueWithACommaOrQuoteIsQuoted() {
        List<PublishedCell> cells = List.of(PublishedCell.published(Map.of("indicator", "forced \"overtime\", unpaid"), 7));

        String csv = StatisticsCsv.write(List.of("indicator"), cells, List.of());

        assertEquals("indicator,count,suppressed\r\n\"forced \"\"overtime\"\", unpaid\",7,false\r\n", csv);
    }

    @Test
    void aLabelThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        List<PublishedCell> cells = List.of(
                PublishedCell.published(Map.of("sector", "=HYPERLINK(\"http://x\",\"y\")"), 5),
                PublishedCell.published(Map.of("sector", "+1"), 6),
                PublishedCell.published(Map.of("sector", "-1"), 7),
                PublishedCell.published(Map.of("sector", "@SUM(A1)"), 8),
                PublishedCell.published(Map.of("sector", "\tcmd"), 9));

        String csv = StatisticsCsv.write(List.of("sector"), cells, List.of());

        assertEquals("sector,count,suppressed\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",5,false\r\n"
                + "'+1,6,false\r\n"
                + "'-1,7,false\r\n"
                + "'@SUM(A1),8,false\r\n"
                + "'\tcmd,9,false\r\n", csv);
    }

    @Test
    void notesComeFirstAsCommentLines() {
        String csv = StatisticsCsv.write(List.of("sector"), List.of(PublishedCell.published(Map.of("sector", "01"), 10)),
                List.of("Counts are rounded.", "Les effectifs sont arrondis."));

        assertEquals("# Counts are rounded.\r\n# Les effectifs sont arrondis.\r\nsector,count,suppressed\r\n01,10,false\r\n", csv);
    }

    @Test
    void theGrandTotalHasOnlyTheCountColumns() {
        String csv = StatisticsCsv.write(List.of(), List.of(PublishedCell.published(Map.of(), 5)), List.of());

        assertEquals("count,suppressed\r\n5,false\r\n", csv);
    }
}
