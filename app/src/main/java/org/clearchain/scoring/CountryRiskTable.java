package org.clearchain.scoring;

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
