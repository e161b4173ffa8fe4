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

        String csv = StatisticsCsv.write(List.of("sector", "sex"), cells);

        assertEquals("sector,sex,count,suppressed\r\n"
                + "01,FEMALE,12,false\r\n"
                + "01,MALE,,true\r\n", csv);
    }

    @Test
    void aValueWithACommaOrQuoteIsQuoted() {
        List<PublishedCell> cells = List.of(PublishedCell.published(Map.of("indicator", "forced \"overtime\", unpaid"), 7));

        String csv = StatisticsCsv.write(List.of("indicator"), cells);

        assertEquals("indicator,count,suppressed\r\n\"forced \"\"overtime\"\", unpaid\",7,false\r\n", csv);
    }

    @Test
    void theGrandTotalHasOnlyTheCountColumns() {
        String csv = StatisticsCsv.write(List.of(), List.of(PublishedCell.published(Map.of(), 5)));

        assertEquals("count,suppressed\r\n5,false\r\n", csv);
    }
}
