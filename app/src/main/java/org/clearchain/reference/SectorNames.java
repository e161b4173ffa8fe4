package org.clearchain.reference;

import jakarta.inject.Singleton;
import org.clearchain.integrations.reference.BundledCsv;
import org.clearchain.integrations.text.Words;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sector names as facility lists write them ({@code Apparel}, {@code Home Textiles}) and the ISIC Rev.4 code each
 * clearly names: Clearchain's own mapping in {@code schemas/reference/sector-names}, whose README says what is left
 * out and why. A code written as such ({@code 1410}) is taken as it is.
 */
@Singleton
public class SectorNames {

    private final Map<String, String> codesByName = new HashMap<>();
    private final IsicCodes isic;

    public SectorNames(IsicCodes isic) {
        this.isic = isic;
        BundledCsv.records("reference/sector-names/v1.csv").forEach(row -> {
            if (!isic.isCode(row.get("isic"))) {
                throw new IllegalStateException("reference/sector-names/v1.csv maps '" + row.get("sector")
                        + "' to " + row.get("isic") + ", which is not an ISIC Rev.4 code");
            }
            codesByName.put(Words.of(row.get("sector")), row.get("isic"));
        });
    }

    /** The ISIC code of a sector name or code; empty when the name does not clearly map to one. */
    public Optional<String> isicFor(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String code = written.strip().toUpperCase(Locale.ROOT);
        if (isic.isCode(code)) {
            return Optional.of(code);
        }
        return Optional.ofNullable(codesByName.get(Words.of(written)));
    }
}
