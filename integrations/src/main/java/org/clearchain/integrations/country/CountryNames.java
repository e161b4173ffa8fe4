package org.clearchain.integrations.country;

import org.apache.commons.csv.CSVRecord;
import org.clearchain.integrations.reference.BundledCsv;
import org.clearchain.integrations.text.Words;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ISO 3166-1 countries as files write them, from the reference data bundled in {@code schemas}: alpha-2 and alpha-3
 * codes in any case, ISO short names, and the other spellings published lists use
 * ({@code reference/countries/aliases.csv}: {@code Burma}, {@code UAE}, {@code Korea, North}), without regard to
 * case, accents, apostrophe style, punctuation, "&amp;" for "and" or a leading "the". The one resolver of the
 * application and of every feed, so a country one file may name is one the others may too; a name it does not know
 * is left out rather than guessed. It lives with the feeds, the ground floor, so both may use it.
 */
public final class CountryNames {

    private static final String COUNTRIES = "reference/countries/iso-3166-1.csv";
    private static final String ALIASES = "reference/countries/aliases.csv";

    private final Map<String, String> namesByCode = new TreeMap<>();
    private final Map<String, String> codesBySpelling = new HashMap<>();

    private CountryNames() {
        for (CSVRecord row : BundledCsv.records(COUNTRIES)) {
            namesByCode.put(row.get("alpha2"), row.get("name"));
            codesBySpelling.put(spelling(row.get("alpha3")), row.get("alpha2"));
            codesBySpelling.put(spelling(row.get("name")), row.get("alpha2"));
        }
        for (CSVRecord row : BundledCsv.records(ALIASES)) {
            codesBySpelling.putIfAbsent(spelling(row.get("name")), row.get("alpha2"));
            // a code the lists use that ISO has not assigned (Kosovo's XK) is named by its first alias
            namesByCode.putIfAbsent(row.get("alpha2"), row.get("name"));
        }
    }

    private static final class Bundled {
        private static final CountryNames INSTANCE = new CountryNames();
    }

    /** Read once from the classpath, never changed. */
    public static CountryNames bundled() {
        return Bundled.INSTANCE;
    }

    public boolean isCode(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(namesByCode.get(code));
    }

    /** The alpha-2 code of {@code CHINA}, {@code Viet Nam}, {@code Côte d’Ivoire}, {@code deu} or {@code fr}; empty when unknown. */
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

    /** Apostrophes go before the words are split, so "Côte d’Ivoire" and "Cote dIvoire" meet; "The" leads nothing. */
    private static String spelling(String text) {
        String words = Words.of(text.replaceAll("['’`]", ""));
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
