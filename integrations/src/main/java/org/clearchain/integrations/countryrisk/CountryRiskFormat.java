package org.clearchain.integrations.countryrisk;

import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.feed.CsvFeedFormat;
import org.clearchain.integrations.feed.CsvRow;
import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FileHead;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.RowException;
import org.clearchain.integrations.feed.UnreadableFileException;

import java.io.InputStream;
import java.util.List;

/**
 * The country-risk file: the CSV {@code country,score,source,edition[,region]} — country as an ISO alpha-2 code or
 * an English name, score c in [0, 1] — or ILAB's country assessments as published ({@code countries.xml}), read by
 * proxy. A row with an unknown country, a score out of range or a missing field is refused alone.
 */
public final class CountryRiskFormat implements FeedFormat<CountryRiskRow> {

    private static final CountryNames COUNTRIES = CountryNames.bundled();

    static final List<String> COLUMNS = List.of("country", "score", "source", "edition");

    private final CsvFeedFormat<CountryRiskRow> csv = new CsvFeedFormat<>(COLUMNS, CountryRiskFormat::read);

    /** XML is ILAB's country assessments ({@link IlabCountriesXml}); anything else the CSV. */
    @Override
    public RecordStream<CountryRiskRow> open(InputStream in) throws UnreadableFileException {
        FileHead head = FileHead.of(in);
        return head.startsWith('<') ? IlabCountriesXml.open(head.file(), COUNTRIES) : csv.open(head.file());
    }

    private static CountryRiskRow read(CsvRow row) {
        String name = row.required("country");
        String country = COUNTRIES.codeFor(name)
                .orElseThrow(() -> new RowException("unknown country '" + name + "' (an ISO 3166-1 alpha-2 code or English name)"));
        row.required("score");
        double score = row.decimal("score");
        if (!(score >= 0 && score <= 1)) {
            throw new RowException("score " + row.text("score") + " is outside [0, 1]");
        }
        String source = limited(row.required("source"), "source", 255);
        String edition = limited(row.required("edition"), "edition", 100);
        String region = limited(row.text("region"), "region", 100);
        return new CountryRiskRow(country, score, region.isEmpty() ? null : region, source, edition);
    }

    private static String limited(String value, String column, int max) {
        if (value.length() > max) {
            throw new RowException(column + " is longer than " + max + " characters");
        }
        return value;
    }
}
