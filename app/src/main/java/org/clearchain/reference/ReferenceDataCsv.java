package org.clearchain.reference;

import org.apache.commons.csv.CSVRecord;
import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.reference.BundledCsv;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the reference CSV files of {@code schemas/reference} ({@code #} starts a comment line). A bad row fails the
 * whole file with its line number: these are editions, and half an edition would score unlike either.
 */
public final class ReferenceDataCsv {

    public static final String STARTER_COUNTRY_RISK = "reference/country-risk/starter-2026.csv";
    public static final String STARTER_GOODS_LIST = "reference/goods-list/starter-2026.csv";
    private static final String ISIC = "reference/isic-rev4/isic-rev4-en.csv";

    private ReferenceDataCsv() {
    }


    /** {@code country,score,source,edition[,region]}; country as ISO alpha-2 or English name, empty score = none. */
    public static CountryRiskTable countryRisk(Reader csv, ReferenceEdition edition) {
        List<CountryRisk> rows = new ArrayList<>();
        for (CSVRecord row : records(csv)) {
            String country = countryCode(get(row, "country"), row);
            String score = get(row, "score");
            try {
                rows.add(new CountryRisk(country, score.isEmpty() ? null : Double.valueOf(score),
                        emptyToNull(get(row, "region")), orDefault(get(row, "source"), edition.source()),
                        orDefault(get(row, "edition"), edition.edition())));
            } catch (IllegalArgumentException e) {
                throw badRow(row, e.getMessage());
            }
        }
        return CountryRiskTable.of(edition, rows);
    }


    /** US DOL ILAB format: {@code Country,Good,Child Labor,Forced Labor} with {@code X} for a flag. */
    public static GoodsRiskList goodsList(Reader csv, ReferenceEdition edition) {
        List<GoodsRisk> entries = new ArrayList<>();
        for (CSVRecord row : records(csv)) {
            entries.add(new GoodsRisk(countryCode(get(row, "Country"), row), get(row, "Good"),
                    "X".equalsIgnoreCase(get(row, "Child Labor")), "X".equalsIgnoreCase(get(row, "Forced Labor"))));
        }
        return new GoodsRiskList(edition, entries);
    }

    /** Every ISIC Rev.4 code bundled in {@code schemas} (sections, divisions, groups, classes). */
    public static Set<String> isicCodes() {
        return read(ISIC, r -> records(r).stream().map(row -> get(row, "code")).collect(Collectors.toSet()));
    }

    /** {@code parse} applied to a file bundled in {@code schemas}: see {@link BundledCsv}. */
    public static <T> T read(String resource, Function<Reader, T> parse) {
        return BundledCsv.read(resource, parse);
    }

    public static List<CSVRecord> records(Reader csv) {
        return BundledCsv.records(csv);
    }

    public static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
    }

    private static String countryCode(String value, CSVRecord row) {
        return CountryNames.bundled().codeFor(value)
                .orElseThrow(() -> badRow(row, "unknown country '" + value + "'"));
    }

    public static IllegalArgumentException badRow(CSVRecord row, String reason) {
        return new IllegalArgumentException("Record " + row.getRecordNumber() + " (after the header): " + reason);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
