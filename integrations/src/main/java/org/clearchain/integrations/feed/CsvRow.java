package org.clearchain.integrations.feed;

import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** One CSV record with access by column name and small typed readers that explain what is wrong. */
public final class CsvRow {

    private final CSVRecord record;
    private final Columns columns;

    CsvRow(CSVRecord record, Columns columns) {
        this.record = record;
        this.columns = columns;
    }

    /** The value, trimmed; empty when the column is blank or missing. */
    public String text(String column) {
        int index = columns.indexOf(column);
        if (index < 0 || index >= record.size()) {
            return "";
        }
        return record.get(index).trim();
    }

    public String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw new RowException(column + " is missing");
        }
        return value;
    }

    public LocalDate date(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowException(column + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    public Double decimal(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new RowException(column + " '" + value + "' is not a number");
        }
    }

    public int size() {
        return record.size();
    }

    /**
     * A file's columns by the names the code asks for, each looked up once in the parser's header map (which ignores
     * case, by comparing every character) rather than for every field of every row: in a million-row import those
     * look-ups were 6.6 % of the application's CPU (docs/performance.md).
     */
    static final class Columns {

        private final Map<String, Integer> header;
        private final Map<String, Integer> asked = new HashMap<>();

        Columns(Map<String, Integer> header) {
            this.header = header;
        }

        /** The column's index, or -1 when the header has no such column. */
        int indexOf(String column) {
            Integer index = asked.get(column);
            if (index == null) {
                Integer found = header.get(column);
                index = found == null ? -1 : found;
                asked.put(column, index);
            }
            return index;
        }
    }
}
