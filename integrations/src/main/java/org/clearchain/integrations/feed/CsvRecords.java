package org.clearchain.integrations.feed;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The records of a CSV file as its parser reads them, each with the line it starts on. A quote left open runs to
 * the end of the file: what follows cannot be read as rows, so it is one refusal that ends the file.
 */
public final class CsvRecords<R> extends LookAheadRecords<R> {

    /** What one CSV record is: a record, a refusal, or null for one that is no record but read past. */
    @FunctionalInterface
    public interface RecordReader<R> {
        FeedLine<R> read(long line, CSVRecord record);
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RecordReader<R> reader;
    private long nextLine;
    private boolean unreadable;

    /** {@code firstLine}: the line of the first record, 2 after a header. */
    public CsvRecords(CSVParser parser, long firstLine, RecordReader<R> reader) {
        this.parser = parser;
        this.records = parser.iterator();
        this.reader = reader;
        this.nextLine = firstLine;
    }

    @Override
    protected FeedLine<R> readNext() {
        try {
            while (!unreadable && records.hasNext()) {
                long line = nextLine;
                CSVRecord record = records.next();
                nextLine = parser.getCurrentLineNumber() + 1;
                FeedLine<R> read = reader.read(line, record);
                if (read != null) {
                    return read;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            unreadable = true;
            String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            return new FeedLine.Refused<>(nextLine, "", "the rest of the file cannot be read as rows: " + reason);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
