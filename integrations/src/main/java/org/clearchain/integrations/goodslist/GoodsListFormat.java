package org.clearchain.integrations.goodslist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.feed.CsvFeedFormat;
import org.clearchain.integrations.feed.CsvRow;
import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.FileHead;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.RowException;
import org.clearchain.integrations.feed.TextLines;
import org.clearchain.integrations.feed.UnreadableFileException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The US DOL ILAB <i>List of Goods Produced by Child Labor or Forced Labor</i>: the XML its app publishes
 * ({@code goods.xml}, see {@link IlabGoodsXml}), the CSV download ({@code Country,Good,Child Labor,Forced Labor},
 * {@code X} marking a flag, extra columns ignored) or JSON lines of the same rows ({@code {"country":…, "good":…,
 * "child_labor":true, "forced_labor":"X"}}), told apart by the file's first character. A row with an unknown country,
 * no good, or no flag marked is refused alone.
 */
public final class GoodsListFormat implements FeedFormat<ListedGood> {

    private static final CountryNames COUNTRIES = CountryNames.bundled();

    static final List<String> COLUMNS = List.of("Country", "Good", "Child Labor", "Forced Labor");

    private final CsvFeedFormat<ListedGood> csv;
    private final ObjectMapper json = new ObjectMapper();

    public GoodsListFormat() {
        this.csv = new CsvFeedFormat<>(COLUMNS, row -> fromCsv(row));
    }

    @Override
    public RecordStream<ListedGood> open(InputStream in) throws UnreadableFileException {
        FileHead head = FileHead.of(in);
        if (head.startsWith('<')) {
            return IlabGoodsXml.open(head.file(), this::listed);
        }
        return head.startsWith('{') ? new TextLines<>(head.file(), this::fromJson) : csv.open(head.file());
    }

    private ListedGood fromCsv(CsvRow row) {
        return listed(row.text("Country"), row.text("Good"), flag("Child Labor", row.text("Child Labor")),
                flag("Forced Labor", row.text("Forced Labor")));
    }

    private ListedGood listed(String countryName, String good, boolean child, boolean forced) {
        if (countryName.isEmpty()) {
            throw new RowException("Country is missing");
        }
        String country = COUNTRIES.codeFor(countryName)
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

    private FeedLine<ListedGood> fromJson(long number, String raw) {
        try {
            JsonNode row = json.readTree(raw);
            if (row == null || !row.isObject()) {
                return new FeedLine.Refused<>(number, raw, "the line is not a JSON object");
            }
            return new FeedLine.Accepted<>(number, raw, listed(text(row, "country"), text(row, "good"),
                    flag("child_labor", text(row, "child_labor")), flag("forced_labor", text(row, "forced_labor"))));
        } catch (IOException e) {
            return new FeedLine.Refused<>(number, raw, "the line is not valid JSON (a truncated line?)");
        } catch (RowException e) {
            return new FeedLine.Refused<>(number, raw, e.getMessage());
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? "" : value.asText().trim();
    }
}
