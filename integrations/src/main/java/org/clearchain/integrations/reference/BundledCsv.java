package org.clearchain.integrations.reference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the reference CSV files bundled in {@code schemas/reference} (a header row, {@code #} starting a comment
 * line, blank lines and spaces around fields ignored): the one reader of the application and the feeds.
 */
public final class BundledCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private BundledCsv() {
    }

    /** {@code parse} applied to a bundled file, read from the classpath as UTF-8. */
    public static <T> T read(String resource, Function<Reader, T> parse) {
        InputStream in = BundledCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the classpath: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + resource, e);
        }
    }

    /** A bundled file's rows, by header. */
    public static List<CSVRecord> records(String resource) {
        return read(resource, BundledCsv::records);
    }

    public static List<CSVRecord> records(Reader csv) {
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference CSV", e);
        }
    }
}
