package org.clearchain.integrations.feed;

import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One CSV record with access by column name and small typed readers that explain what is wrong. */
public final class CsvRow {

    private final CSVRecord record;

    CsvRow(CSVRecord record) {
        this.record = record;
    }

    /** The value, trimmed; empty when the column is blank or missing. */
    public String text(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return "";
        }
        return record.get(column).trim();
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
}
