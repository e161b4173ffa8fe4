package org.clearchain.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clearchain.common.SpreadsheetSafe;

/**
 * Writes a published table as CSV: one column per dimension, then {@code count} and {@code suppressed}.
 * A withheld count is an empty field rather than a word, so that numeric parsers read the column as
 * numbers; the {@code suppressed} column says why it is empty. Labels never start a spreadsheet formula.
 */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    /** {@code notes} (what was done to the counts) come first, as {@code #} comment lines. */
    public static String write(List<String> dimensions, List<PublishedCell> cells, List<String> notes) {
        List<String> header = new ArrayList<>(dimensions);
        header.add("count");
        header.add("suppressed");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .setCommentMarker('#').setHeaderComments(notes.toArray(Object[]::new)).get();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (PublishedCell cell : cells) {
                List<Object> row = new ArrayList<>(header.size());
                for (String dimension : dimensions) {
                    row.add(SpreadsheetSafe.text(cell.key().get(dimension)));
                }
                row.add(cell.suppressed() ? "" : cell.count());
                row.add(cell.suppressed());
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringBuilder cannot fail", e);
        }
        return out.toString();
    }
}
