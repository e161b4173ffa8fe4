package org.clearchain.reference;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** ISO 3166-1 alpha-2 codes and English names, from the reference file bundled in {@code schemas}. */
@Singleton
public class Countries {

    private final Map<String, String> namesByCode = new TreeMap<>();

    public Countries() {
        ReferenceCsv.read("reference/countries/iso-3166-1.csv")
                .forEach(row -> namesByCode.put(row.get("alpha2"), row.get("name")));
    }

    public boolean isCode(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(namesByCode.get(code));
    }
}
