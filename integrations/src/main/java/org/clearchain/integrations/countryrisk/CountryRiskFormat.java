package org.clearchain.integrations.countryrisk;

import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.feed.CsvFeedFormat;
import org.clearchain.integrations.feed.CsvRow;
import org.clearchain.integrations.feed.RowException;

import java.util.List;

/**
 * The country-risk CSV: {@code country,score,source,edition[,region]} — country as an ISO alpha-2 code or an
 * English name, score c in [0, 1]. A row with an unknown country, a score out of range or a missing field is
 * refused alone.
 */
public final class CountryRiskFormat extends CsvFeedFormat<CountryRiskRow> {

    private static final CountryNames COUNTRIES = CountryNames.bundled();

    static final List<String> COLUMNS = List.of("country", "score", "source", "edition");

    public CountryRiskFormat() {
        super(COLUMNS, CountryRiskFormat::read);
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
