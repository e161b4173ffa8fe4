package org.clearchain.integrations.countryrisk;

/**
 * One country of a country-risk edition.
 *
 * @param country ISO 3166-1 alpha-2
 * @param score c in [0, 1]
 * @param region the region whose mean stands in for a country the edition leaves out; {@code null} when the file
 *               gives none
 * @param source who published the figure
 * @param edition the edition the file is (every row names the same one)
 */
public record CountryRiskRow(String country, double score, String region, String source, String edition) { }
