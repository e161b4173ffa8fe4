package org.clearchain.integrations.feed;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clearchain.integrations.text.Ellipsis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A CSV feed with a header row: the header must name the expected columns (in any order, any case; extra columns
 * are ignored), otherwise the file is refused before any row, with what was found and — when the header looks
 * split by another character — the delimiter it seems to use. Each row is mapped by {@code mapper}; a row that
 * throws {@link RowException}, or has fewer fields than the header (a truncated last line), is refused alone.
 */
public class CsvFeedFormat<R> implements FeedFormat<R> {

    /** How far into a file to look for its first character, past a blank start. */

    private final List<String> requiredColumns;
    private final Function<CsvRow, R> mapper;

    public CsvFeedFormat(List<String> requiredColumns, Function<CsvRow, R> mapper) {
        this.requiredColumns = List.copyOf(requiredColumns);
        this.mapper = mapper;
    }

    @Override
    public RecordStream<R> open(InputStream in) throws UnreadableFileException {
        FileHead head = FileHead.of(in);
        if (head.startsWith('{') || head.startsWith('[')) {
            throw new UnreadableFileException("expected CSV with header " + String.join(",", requiredColumns)
                    + ", but the file looks like JSON (it starts with { or [); send this feed CSV");
        }
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.builder()
                    .setHeader().setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true)
                    .get()
                    .parse(new InputStreamReader(skipBom(head.file()), charset()));
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            // the parser's own words ("encapsulated token") help nobody: say what the first line must be
            throw new UnreadableFileException("the header row cannot be read: expected CSV with header "
                    + String.join(",", requiredColumns) + "; the first line is not comma-separated text (a quote left"
                    + " open, or text after a closing quote?)", e);
        }
        checkHeader(parser.getHeaderNames());
        int columns = parser.getHeaderNames().size();
        return new CsvRecords<>(parser, 2, (line, record) -> row(line, record, columns));
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
                + ", missing " + String.join(",", missing) + ", found '" + Ellipsis.cut(header, 200) + "'" + hint);
    }

    private static InputStream skipBom(InputStream in) {
        return new org.apache.commons.io.input.BOMInputStream.Builder().setInputStream(in).getUnchecked();
    }

    private FeedLine<R> row(long line, CSVRecord record, int columns) {
        String raw = String.join(",", record.values());
        if (record.size() < columns) {
            return new FeedLine.Refused<>(line, raw, "the row has " + record.size() + " fields, the header "
                    + columns + " (a truncated line?)");
        }
        try {
            return new FeedLine.Accepted<>(line, raw, mapper.apply(new CsvRow(record)));
        } catch (RowException e) {
            return new FeedLine.Refused<>(line, raw, e.getMessage());
        }
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }
}
