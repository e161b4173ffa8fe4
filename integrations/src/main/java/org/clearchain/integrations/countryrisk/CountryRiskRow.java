package org.clearchain.integrations.countryrisk;

/**
 * One country of a country-risk edition.
 *
 * @param country ISO 3166-1 alpha-2
 * @param score c in [0, 1]; {@code null} when the edition names the country but gives it no figure (ILAB's
 *              "No Assessment"), so the regional mean stands in for it
 * @param region the region whose mean stands in for a country the edition leaves out; {@code null} when the file
 *               gives none
 * @param source who published the figure
 * @param edition the edition the file is (every row names the same one)
 * @param proxy the figure measures something other than forced-labour risk and stands in for it (ILAB's assessment
 *              of a government's efforts against child labour); explanations say so
 * @param note what the source said of this country, where the figure was read from words (ILAB's advancement
 *             level); {@code null} otherwise
 */
public record CountryRiskRow(String country, Double score, String region, String source, String edition,
                             boolean proxy, String note) {

    /** A figure of an index of the risk itself, not a proxy. */
    public CountryRiskRow(String country, double score, String region, String source, String edition) {
        this(country, Double.valueOf(score), region, source, edition, false, null);
    }
}
