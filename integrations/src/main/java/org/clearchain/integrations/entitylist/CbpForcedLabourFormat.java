package org.clearchain.integrations.entitylist;

import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.feed.CsvFeedFormat;
import org.clearchain.integrations.feed.CsvRow;
import org.clearchain.integrations.feed.RowException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * US Customs and Border Protection's forced-labour list (Withhold Release Orders and Findings) as CSV with the
 * header {@code Entity, Country, Country Code, Industry, Status, WRO/Finding, Remarks, Press Release, Effective Date}.
 * The key is the entity's name and country, as CBP gives no number. Every row is a forced-labour entry, except one
 * whose Status says the order no longer holds (Inactive, Revoked): it stays listed for review, but does not count
 * as a forced-labour listing any more.
 */
final class CbpForcedLabourFormat extends CsvFeedFormat<ListedEntry> {

    private static final CountryNames COUNTRIES = CountryNames.bundled();

    static final String LIST = "CBP-WRO";
    static final List<String> COLUMNS = List.of("Entity", "Country", "Country Code", "Industry", "Status", "WRO/Finding",
            "Remarks", "Press Release", "Effective Date");
    private static final Set<String> NO_LONGER_HOLDS = Set.of("inactive", "revoked", "rescinded");

    CbpForcedLabourFormat() {
        super(COLUMNS, CbpForcedLabourFormat::read);
    }

    private static ListedEntry read(CsvRow row) {
        String entity = row.required("Entity").replaceAll("\\s+", " ");
        String countryName = row.text("Country");
        String country = COUNTRIES.codeFor(row.text("Country Code")).or(() -> COUNTRIES.codeFor(countryName)).orElse(null);
        if (country == null && countryName.isEmpty()) {
            throw new RowException("Country and Country Code are both missing");
        }
        String status = row.text("Status");
        boolean holds = !NO_LONGER_HOLDS.contains(status.toLowerCase(Locale.ROOT));
        List<String> details = new ArrayList<>();
        for (String column : List.of("Industry", "Status", "Effective Date", "Press Release", "Remarks")) {
            if (!row.text(column).isEmpty()) {
                details.add(column + ": " + row.text(column));
            }
        }
        String key = entity.toLowerCase(Locale.ROOT) + "|" + (country == null ? countryName.toLowerCase(Locale.ROOT) : country);
        return new ListedEntry(LIST, key, ListedEntry.Kind.ENTITY, entity, List.of(),
                country == null ? List.of() : List.of(country), List.of(), holds, row.text("WRO/Finding"),
                String.join("; ", details));
    }
}
