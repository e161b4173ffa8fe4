package org.clearchain.reference;

/**
 * One country's row of a country-risk edition.
 *
 * @param score c in [0, 1], {@code null} when the edition has no figure for the country
 * @param region the region whose mean stands in when there is no figure
 * @param note what the source said of the country where the figure was read from words (ILAB's advancement level);
 *             {@code null} otherwise
 */
public record CountryRisk(String country, Double score, String region, String source, String edition, String note) {
    public CountryRisk {
        if (score != null && (score < 0 || score > 1 || score.isNaN())) {
            throw new IllegalArgumentException("Country risk for " + country + " must lie in [0, 1], was " + score);
        }
    }

    public CountryRisk(String country, Double score, String region, String source, String edition) {
        this(country, score, region, source, edition, null);
    }
}
