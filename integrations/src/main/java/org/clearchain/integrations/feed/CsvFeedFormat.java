package org.clearchain.integrations.feed;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A CSV feed with a header row: the header must name the expected columns (in any order, any case; extra columns
 * are ignored), otherwise the file is refused before any row, with what was found and — when the header looks
 * split by another character — the delimiter it seems to use. Each row is mapped by {@code mapper}; a row that
 * throws {@link RowException}, or has fewer fields than the header (a truncated last line), is refused alone.
 */
public class CsvFeedFormat<R> implements FeedFormat<R> {

    private final List<String> requiredColumns;
    private final Function<CsvRow, R> mapper;

    public CsvFeedFormat(List<String> requiredColumns, Function<CsvRow, R> mapper) {
        this.requiredColumns = List.copyOf(requiredColumns);
        this.mapper = mapper;
    }

    @Override
    public RecordStream<R> open(InputStream in) throws UnreadableFileException {
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.builder()
                    .setHeader().setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true)
                    .get()
                    .parse(new InputStreamReader(skipBom(in), charset()));
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw new UnreadableFileException("the header row cannot be read: " + e.getMessage(), e);
        }
        checkHeader(parser.getHeaderNames());
        return new Rows(parser);
    }

    private void checkHeader(List<String> found) throws UnreadableFileException {
        List<String> normalised = found.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = new ArrayList<>();
        for (String column : requiredColumns) {
            if (!normalised.contains(column.toLowerCase(Locale.ROOT))) {
                missing.add(column);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String header = String.join(",", found);
        String hint = "";
        if (found.size() == 1) {
            for (char delimiter : new char[] {';', '\t', '|'}) {
                if (header.indexOf(delimiter) >= 0) {
                    hint = "; the header seems to be separated by '" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter))
                            + "', but this feed expects commas";
                    break;
                }
            }
        }
        throw new UnreadableFileException("the header does not match: expected columns " + String.join(",", requiredColumns)
                + ", missing " + String.join(",", missing) + ", found '" + abbreviate(header) + "'" + hint);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static InputStream skipBom(InputStream in) {
        return new org.apache.commons.io.input.BOMInputStream.Builder().setInputStream(in).getUnchecked();
    }

    private final class Rows implements RecordStream<R> {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final int columns;
        private final CsvRow.Columns names;
        private long nextLine = 2;
        private String unreadable;
        private boolean exhausted;

        Rows(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
            this.columns = parser.getHeaderNames().size();
            // a copy, which ignores case as the parser does
            this.names = new CsvRow.Columns(parser.getHeaderMap());
        }

        @Override
        public boolean hasNext() {
            if (unreadable != null) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                // a quote left open runs to the end of the file: what follows cannot be read as rows
                unreadable = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
                return true;
            }
        }

        @Override
        public FeedLine<R> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            long line = nextLine;
            if (unreadable != null) {
                String reason = "the rest of the file cannot be read as rows: " + unreadable;
                unreadable = null;
                exhausted = true;
                return new FeedLine.Refused<>(line, "", reason);
            }
            CSVRecord record = records.next();
            nextLine = parser.getCurrentLineNumber() + 1;
            String raw = String.join(",", record.values());
            if (record.size() < columns) {
                return new FeedLine.Refused<>(line, raw, "the row has " + record.size() + " fields, the header "
                        + columns + " (a truncated line?)");
            }
            try {
                return new FeedLine.Accepted<>(line, raw, mapper.apply(new CsvRow(record, names)));
            } catch (RowException e) {
                return new FeedLine.Refused<>(line, raw, e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }
}
