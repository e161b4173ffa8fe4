package org.clearchain.integrations.entitylist;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a country as the lists write it ("China", "Korea, North", "Burma", "CN", "cn") as an ISO 3166-1
 * alpha-2 code. The names are the JDK's English ones plus the forms OFAC, the UN and CBP use that differ from
 * them; a name it does not know is left out rather than guessed.
 */
final class CountryNames {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(fold(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map<String, String> variants = Map.ofEntries(
                Map.entry("korea, north", "KP"), Map.entry("north korea", "KP"),
                Map.entry("democratic people's republic of korea", "KP"), Map.entry("korea, south", "KR"),
                Map.entry("republic of korea", "KR"), Map.entry("burma", "MM"), Map.entry("russian federation", "RU"),
                Map.entry("iran (islamic republic of)", "IR"), Map.entry("syrian arab republic", "SY"),
                Map.entry("turkiye", "TR"), Map.entry("viet nam", "VN"), Map.entry("lao people's democratic republic", "LA"),
                Map.entry("laos", "LA"), Map.entry("congo, democratic republic of the", "CD"),
                Map.entry("democratic republic of the congo", "CD"), Map.entry("congo, republic of the", "CG"),
                Map.entry("united states", "US"), Map.entry("united states of america", "US"), Map.entry("usa", "US"),
                Map.entry("united kingdom of great britain and northern ireland", "GB"), Map.entry("uk", "GB"),
                Map.entry("bolivia (plurinational state of)", "BO"), Map.entry("venezuela (bolivarian republic of)", "VE"),
                Map.entry("united republic of tanzania", "TZ"), Map.entry("republic of moldova", "MD"),
                Map.entry("the former yugoslav republic of macedonia", "MK"), Map.entry("cote d'ivoire", "CI"),
                Map.entry("ivory coast", "CI"), Map.entry("czech republic", "CZ"), Map.entry("west bank", "PS"),
                Map.entry("gaza", "PS"), Map.entry("palestinian territories", "PS"), Map.entry("hong kong sar", "HK"),
                Map.entry("china, hong kong", "HK"), Map.entry("macau", "MO"), Map.entry("brunei darussalam", "BN"),
                Map.entry("cabo verde", "CV"), Map.entry("eswatini", "SZ"), Map.entry("swaziland", "SZ"),
                Map.entry("the gambia", "GM"), Map.entry("the bahamas", "BS"), Map.entry("kosovo", "XK"));
        variants.forEach(CODES::put);
    }

    private CountryNames() {
    }

    static Optional<String> code(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        String trimmed = country.strip();
        if (trimmed.length() == 2 && Character.isLetter(trimmed.charAt(0)) && Character.isLetter(trimmed.charAt(1))) {
            String code = trimmed.toUpperCase(Locale.ROOT);
            return "XK".equals(code) || CODES.containsValue(code) ? Optional.of(code) : Optional.empty();
        }
        return Optional.ofNullable(CODES.get(fold(trimmed)));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}
