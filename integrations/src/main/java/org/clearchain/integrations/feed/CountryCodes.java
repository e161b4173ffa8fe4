package org.clearchain.integrations.feed;

import java.util.Optional;

/**
 * Port: the ISO 3166-1 alpha-2 code of a country as a feed writes it — a code, or an English name in one of the
 * spellings published lists use ({@code Burma}, {@code Côte d'Ivoire}). The application supplies it from its
 * reference data; this module knows no country table.
 */
@FunctionalInterface
public interface CountryCodes {

    Optional<String> codeOf(String nameOrCode);
}
