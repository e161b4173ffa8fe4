package org.clearchain.reference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Reads a bundled reference CSV (with a header row) from the classpath. */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(String resource) {
        InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the classpath: " + resource);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            return parser.stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + resource, e);
        }
    }
}
