package org.clearchain.reference;

import org.clearchain.integrations.country.CountryNames;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every country ILAB names in the editions Clearchain ships resolves to a code: none is dropped as unknown. */
class IlabCountryNamesTest {

    /** A good's country, or a country's own name (actions further down in countries.xml have names too). */
    private static final Pattern NAMES = Pattern.compile("<Country_Name>([^<]+)</Country_Name>|<Country>\\s*<Name>([^<]+)</Name>");

    @Test
    void everyIlabCountryNameResolves() {
        TreeSet<String> names = new TreeSet<>();
        names.addAll(names("reference/ilab/goods.xml"));
        names.addAll(names("reference/ilab/countries.xml"));
        Map<String, String> codes = new TreeMap<>();
        TreeSet<String> unresolved = new TreeSet<>();
        for (String name : names) {
            CountryNames.bundled().codeFor(name).ifPresentOrElse(code -> codes.put(name, code), () -> unresolved.add(name));
        }

        assertEquals(List.of(), List.copyOf(unresolved), "ILAB country names with no code");
        assertEquals(143, names.size(), "the 143 countries of countries.xml, which also name every country of goods.xml");
        assertEquals("MM", codes.get("Burma"));
        assertEquals("TR", codes.get("Turkey (Türkiye)"));
        assertEquals("CI", codes.get("Côte d'Ivoire"));
        assertEquals("GM", codes.get("The Gambia"));
        assertEquals("PS", codes.get("West Bank and the Gaza Strip"));
        assertEquals("CD", codes.get("Congo, Democratic Republic of the"));
        assertTrue(codes.values().stream().allMatch(code -> CountryNames.bundled().isCode(code) || code.equals("XK")),
                "every code is ISO 3166-1, but Kosovo's user-assigned XK");
    }

    private static TreeSet<String> names(String resource) {
        try (InputStream in = IlabCountryNamesTest.class.getClassLoader().getResourceAsStream(resource)) {
            String xml = Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
            TreeSet<String> found = new TreeSet<>();
            Matcher m = NAMES.matcher(xml);
            while (m.find()) {
                found.add((m.group(1) != null ? m.group(1) : m.group(2)).strip());
            }
            return found;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
