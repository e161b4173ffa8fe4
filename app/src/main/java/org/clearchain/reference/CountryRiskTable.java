package org.clearchain.reference;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A country-risk edition: c per ISO alpha-2 code, and the regions used for the regional-mean fallback. */
public record CountryRiskTable(ReferenceEdition edition, Map<String, CountryRisk> byCountry) {

    public CountryRiskTable {
        byCountry = Map.copyOf(byCountry);
    }

    public static CountryRiskTable of(ReferenceEdition edition, List<CountryRisk> rows) {
        return new CountryRiskTable(edition, rows.stream()
                .collect(Collectors.toMap(CountryRisk::country, Function.identity(), (first, second) -> second)));
    }

    /**
     * This edition with the regions of {@code regions} (the bundled table) where it names none: a row without a
     * region takes that country's region there, and a country the edition leaves out is added without a figure,
     * so that the regional mean of this edition's figures stands in for it as the methodology says.
     */
    public CountryRiskTable withRegionsFrom(CountryRiskTable regions) {
        Map<String, CountryRisk> rows = new java.util.HashMap<>();
        regions.byCountry().forEach((country, row) -> {
            if (row.region() != null && !row.region().isBlank()) {
                rows.put(country, new CountryRisk(country, null, row.region(), edition.source(), edition.edition()));
            }
        });
        byCountry.forEach((country, row) -> {
            CountryRisk known = regions.get(country);
            boolean noRegion = row.region() == null || row.region().isBlank();
            rows.put(country, noRegion && known != null
                    ? new CountryRisk(country, row.score(), known.region(), row.source(), row.edition(), row.note()) : row);
        });
        return new CountryRiskTable(edition, rows);
    }

    public CountryRisk get(String country) {
        return country == null ? null : byCountry.get(country.toUpperCase(java.util.Locale.ROOT));
    }

    /** Mean c of the countries of a region that have a figure; empty when none has. */
    public OptionalDouble regionalMean(String region) {
        return byCountry.values().stream()
                .filter(row -> region.equals(row.region()) && row.score() != null)
                .mapToDouble(CountryRisk::score).average();
    }

    public long countriesWithFigure(String region) {
        return byCountry.values().stream().filter(row -> region.equals(row.region()) && row.score() != null).count();
    }
}
