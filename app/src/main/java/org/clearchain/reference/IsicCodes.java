package org.clearchain.reference;

import jakarta.inject.Singleton;
import org.clearchain.integrations.reference.BundledCsv;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** ISIC Rev.4 sections, divisions, groups and classes with their English titles (bundled in {@code schemas}). */
@Singleton
public class IsicCodes {

    private final Map<String, String> titlesByCode = new HashMap<>();

    public IsicCodes() {
        BundledCsv.records("reference/isic-rev4/isic-rev4-en.csv")
                .forEach(row -> titlesByCode.put(row.get("code"), row.get("title")));
    }

    public boolean isCode(String code) {
        return code != null && titlesByCode.containsKey(code);
    }

    public Optional<String> title(String code) {
        return Optional.ofNullable(titlesByCode.get(code));
    }
}
