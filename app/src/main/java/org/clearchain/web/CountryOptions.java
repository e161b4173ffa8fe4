package org.clearchain.web;

import jakarta.inject.Singleton;
import org.clearchain.reference.Countries;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The countries of a select, named in the page's language (the JDK's names, as the bundled ISO 3166-1 list is). */
@Singleton
public class CountryOptions {

    public record Option(String code, String name) {
    }

    private final Countries countries;

    CountryOptions(Countries countries) {
        this.countries = countries;
    }

    public List<Option> in(Locale language) {
        Collator collator = Collator.getInstance(language);
        return Arrays.stream(Locale.getISOCountries()).filter(countries::isCode)
                .map(code -> new Option(code, new Locale("", code).getDisplayCountry(language)))
                .sorted(Comparator.comparing(Option::name, collator))
                .toList();
    }
}
