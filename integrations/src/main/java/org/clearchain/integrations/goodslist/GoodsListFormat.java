package org.clearchain.integrations.goodslist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearchain.integrations.feed.CountryCodes;
import org.clearchain.integrations.feed.CsvFeedFormat;
import org.clearchain.integrations.feed.CsvRow;
import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.RowException;
import org.clearchain.integrations.feed.UnreadableFileException;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The US DOL ILAB <i>List of Goods Produced by Child Labor or Forced Labor</i>: the XML its app publishes
 * ({@code goods.xml}, see {@link IlabGoodsXml}), the CSV download ({@code Country,Good,Child Labor,Forced Labor},
 * {@code X} marking a flag, extra columns ignored) or JSON lines of the same rows ({@code {"country":…, "good":…,
 * "child_labor":true, "forced_labor":"X"}}), told apart by the file's first character. A row with an unknown country,
 * no good, or no flag marked is refused alone.
 */
public final class GoodsListFormat implements FeedFormat<ListedGood> {

    static final List<String> COLUMNS = List.of("Country", "Good", "Child Labor", "Forced Labor");

    private final CountryCodes countries;
    private final CsvFeedFormat<ListedGood> csv;
    private final ObjectMapper json = new ObjectMapper();

    public GoodsListFormat(CountryCodes countries) {
        this.countries = countries;
        this.csv = new CsvFeedFormat<>(COLUMNS, row -> fromCsv(row));
    }

    @Override
    public RecordStream<ListedGood> open(InputStream in) throws UnreadableFileException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        return switch (firstCharacter(buffered)) {
            case '{' -> new JsonLines(buffered);
            case '<' -> IlabGoodsXml.open(buffered, this::listed);
            default -> csv.open(buffered);
        };
    }

    private ListedGood fromCsv(CsvRow row) {
        return listed(row.text("Country"), row.text("Good"), flag("Child Labor", row.text("Child Labor")),
                flag("Forced Labor", row.text("Forced Labor")));
    }

    private ListedGood listed(String countryName, String good, boolean child, boolean forced) {
        if (countryName.isEmpty()) {
            throw new RowException("Country is missing");
        }
        String country = countries.codeOf(countryName)
                .orElseThrow(() -> new RowException("unknown country '" + countryName + "'"));
        if (good.isEmpty()) {
            throw new RowException("Good is missing");
        }
        if (good.length() > 200) {
            throw new RowException("Good is longer than 200 characters");
        }
        if (!child && !forced) {
            throw new RowException("neither Child Labor nor Forced Labor is marked: the row lists nothing");
        }
        return new ListedGood(country, good, child, forced);
    }

    /** ILAB marks a flag with X; JSON rows may say true. Anything else is a mistake worth naming, not a "no". */
    private static boolean flag(String column, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "x", "true" -> true;
            case "", "false" -> false;
            default -> throw new RowException(column + " '" + value + "' is neither X nor empty");
        };
    }

    /** The first character of the file past a byte-order mark and blanks; 0 when there is none. */
    private static int firstCharacter(BufferedInputStream in) throws UnreadableFileException {
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b < 0) {
                    return 0;
                }
                boolean skip = Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF;
                if (!skip) {
                    return b;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UnreadableFileException("the file cannot be read: " + e.getMessage(), e);
        } finally {
            try {
                in.reset();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final class JsonLines implements RecordStream<ListedGood> {

        private final BufferedReader reader;
        private String next;
        private long nextLine;
        private long lineNumber;

        JsonLines(InputStream in) {
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    String line = reader.readLine();
                    if (line == null) {
                        return false;
                    }
                    lineNumber++;
                    if (!line.isBlank()) {
                        next = line.startsWith("\uFEFF") ? line.substring(1) : line;
                        nextLine = lineNumber;
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public FeedLine<ListedGood> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String raw = next;
            next = null;
            try {
                JsonNode row = json.readTree(raw);
                if (row == null || !row.isObject()) {
                    return new FeedLine.Refused<>(nextLine, raw, "the line is not a JSON object");
                }
                return new FeedLine.Accepted<>(nextLine, raw, listed(text(row, "country"), text(row, "good"),
                        flag("child_labor", text(row, "child_labor")), flag("forced_labor", text(row, "forced_labor"))));
            } catch (IOException e) {
                return new FeedLine.Refused<>(nextLine, raw, "the line is not valid JSON (a truncated line?)");
            } catch (RowException e) {
                return new FeedLine.Refused<>(nextLine, raw, e.getMessage());
            }
        }

        private static String text(JsonNode row, String field) {
            JsonNode value = row.get(field);
            return value == null || value.isNull() ? "" : value.asText().trim();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
