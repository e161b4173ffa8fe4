package org.clearchain.integrations.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The records of a file of one record a line (JSON lines): blank lines are skipped, a byte-order mark before the
 * first is dropped, and each line keeps its number in the file.
 */
public final class TextLines<R> extends LookAheadRecords<R> {

    /** What one non-blank line is: a record, a refusal, or null for a line that is no record but read past. */
    @FunctionalInterface
    public interface LineReader<R> {
        FeedLine<R> read(long number, String line);
    }

    private final BufferedReader lines;
    private final LineReader<R> reader;
    private long number;

    public TextLines(InputStream in, LineReader<R> reader) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.reader = reader;
    }

    @Override
    protected FeedLine<R> readNext() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                FeedLine<R> record = reader.read(number, line);
                if (record != null) {
                    return record;
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
