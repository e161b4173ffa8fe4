package org.clearchain.reference;

import jakarta.inject.Singleton;
import org.clearchain.integrations.country.CountryNames;

import java.util.Optional;

/** ISO 3166-1 countries for the application's features: the one resolver, {@link CountryNames}, as a bean. */
@Singleton
public class Countries {

    private final CountryNames names = CountryNames.bundled();

    public boolean isCode(String code) {
        return names.isCode(code);
    }

    public Optional<String> name(String code) {
        return names.name(code);
    }

    /** The alpha-2 code of {@code CHINA}, {@code Viet Nam}, {@code UAE}, {@code deu} or {@code fr}; empty when unknown. */
    public Optional<String> codeFor(String written) {
        return names.codeFor(written);
    }
}
