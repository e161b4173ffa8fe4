package org.clearchain.integrations.countryrisk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * ILAB's assessment of how far a government advanced in a year against the worst forms of child labour, and the
 * country-risk figure c Clearchain reads into it (docs/scoring-methodology.md, "Country risk from ILAB"): the less a
 * government did, the higher c. A qualified level ("Minimal Advancement – Efforts Made but Continued Practice that
 * Delayed Advancement") counts as its level. "No Assessment", or no level at all (a country on the List of Goods
 * that the child-labour report does not cover), gives no figure: the regional mean stands in, with low confidence.
 */
enum AdvancementLevel {
    NO_ADVANCEMENT("No Advancement", 1.0),
    MINIMAL("Minimal Advancement", 0.66),
    MODERATE("Moderate Advancement", 0.33),
    SIGNIFICANT("Significant Advancement", 0.1);

    final String label;
    final double c;

    AdvancementLevel(String label, double c) {
        this.label = label;
        this.c = c;
    }

    /** The level an ILAB {@code Advancement_Level} names; empty for "No Assessment" or none. */
    static Optional<AdvancementLevel> of(String written) throws IllegalArgumentException {
        String text = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.startsWith("no assessment")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(level -> text.startsWith(level.label.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Advancement_Level '" + written
                        + "' is none of No Advancement, Minimal, Moderate or Significant Advancement, No Assessment")));
    }
}
