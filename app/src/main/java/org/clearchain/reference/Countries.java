package org.clearchain.reference;

import jakarta.inject.Singleton;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ISO 3166-1 alpha-2 codes and English names, from the reference file bundled in {@code schemas}, and the codes
 * of countries as files write them: codes, alpha-3 codes, names in any case and the other spellings of
 * {@code reference/countries/aliases.csv}.
 */
@Singleton
public class Countries {

    private final Map<String, String> namesByCode = new TreeMap<>();
    private final Map<String, String> codesBySpelling = new HashMap<>();

    public Countries() {
        ReferenceCsv.read("reference/countries/iso-3166-1.csv").forEach(row -> {
            namesByCode.put(row.get("alpha2"), row.get("name"));
            codesBySpelling.put(spelling(row.get("alpha3")), row.get("alpha2"));
            codesBySpelling.put(spelling(row.get("name")), row.get("alpha2"));
        });
        ReferenceCsv.read("reference/countries/aliases.csv")
                .forEach(row -> codesBySpelling.putIfAbsent(spelling(row.get("name")), row.get("alpha2")));
    }

    public boolean isCode(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(namesByCode.get(code));
    }

    /** The alpha-2 code of {@code CHINA}, {@code Viet Nam}, {@code UAE}, {@code deu} or {@code fr}; empty when unknown. */
    public Optional<String> codeFor(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String upper = written.strip().toUpperCase(Locale.ROOT);
        if (isCode(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(codesBySpelling.get(spelling(written)));
    }

    /** No case, accents, apostrophes or punctuation, "&" as "and" and no leading "the". */
    private static String spelling(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("&", " and ")
                .replaceAll("['’`]", "");
        String words = String.join(" ", folded.split("[^\\p{L}\\p{N}]+")).strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
