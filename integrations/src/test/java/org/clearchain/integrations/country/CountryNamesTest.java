package org.clearchain.integrations.country;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Countries as published lists write them: ISO codes, ISO names, and the spellings of aliases.csv. */
class CountryNamesTest {

    private final CountryNames countries = CountryNames.bundled();

    @Test
    void codesAreCheckedAgainstTheIsoList() {
        assertEquals(Optional.of("BD"), countries.codeFor("bd"));
        assertEquals(Optional.of("CN"), countries.codeFor("cn"));
        assertEquals(Optional.empty(), countries.codeFor("XX"));
        assertTrue(countries.isCode("FR"));
        assertFalse(countries.isCode("fr"), "a stored code is upper case");
        assertEquals(Optional.of("France"), countries.name("FR"));
    }

    @Test
    void namesMatchWithoutCaseAccentsOrApostropheStyle() {
        assertEquals(Optional.of("CI"), countries.codeFor("Cote d'Ivoire"));
        assertEquals(Optional.of("CI"), countries.codeFor("CÔTE D’IVOIRE"));
        assertEquals(Optional.of("RO"), countries.codeFor(" Romania "));
        assertEquals(Optional.of("CN"), countries.codeFor("CHINA"));
    }

    @Test
    void spellingsOfPublishedListsAreKnown() {
        assertEquals(Optional.of("MM"), countries.codeFor("Burma"));
        assertEquals(Optional.of("CD"), countries.codeFor("Congo, Democratic Republic of the"));
        assertEquals(Optional.of("VN"), countries.codeFor("Viet Nam"));
        assertEquals(Optional.of("KG"), countries.codeFor("Kyrgyz Republic"));
        assertEquals(Optional.empty(), countries.codeFor("Atlantis"));
        assertEquals(Optional.empty(), countries.codeFor(" "));
        assertEquals(Optional.empty(), countries.codeFor(null));
    }

    @Test
    void alpha3CodesAndLooserSpellingsAreKnown() {
        assertEquals(Optional.of("VN"), countries.codeFor("VNM"));
        assertEquals(Optional.of("DE"), countries.codeFor("deu"));
        assertEquals(Optional.of("BA"), countries.codeFor("Bosnia & Herzegovina"));
        assertEquals(Optional.of("GM"), countries.codeFor("The Gambia"));
        assertEquals(Optional.of("AE"), countries.codeFor("UAE"));
        assertEquals(Optional.of("GB"), countries.codeFor("UK"));
    }

    /** The forms OFAC, the UN Security Council, CBP and OpenSanctions write, which the entity lists read. */
    @Test
    void theSanctionsListsSpellingsAreKnown() {
        Map<String, String> written = Map.ofEntries(
                Map.entry("Korea, North", "KP"), Map.entry("North Korea", "KP"),
                Map.entry("Democratic People's Republic of Korea", "KP"), Map.entry("Korea, South", "KR"),
                Map.entry("Republic of Korea", "KR"), Map.entry("Russian Federation", "RU"),
                Map.entry("Iran (Islamic Republic of)", "IR"), Map.entry("Syrian Arab Republic", "SY"),
                Map.entry("Turkiye", "TR"), Map.entry("Lao People's Democratic Republic", "LA"), Map.entry("Laos", "LA"),
                Map.entry("Democratic Republic of the Congo", "CD"), Map.entry("Congo, Republic of the", "CG"),
                Map.entry("United States", "US"), Map.entry("United States of America", "US"), Map.entry("USA", "US"),
                Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
                Map.entry("Bolivia (Plurinational State of)", "BO"), Map.entry("Venezuela (Bolivarian Republic of)", "VE"),
                Map.entry("United Republic of Tanzania", "TZ"), Map.entry("Republic of Moldova", "MD"),
                Map.entry("The former Yugoslav Republic of Macedonia", "MK"), Map.entry("Ivory Coast", "CI"),
                Map.entry("Czech Republic", "CZ"), Map.entry("West Bank", "PS"), Map.entry("Gaza", "PS"),
                Map.entry("Palestinian Territories", "PS"), Map.entry("Hong Kong SAR", "HK"),
                Map.entry("China, Hong Kong", "HK"), Map.entry("Macau", "MO"), Map.entry("Brunei Darussalam", "BN"),
                Map.entry("Cabo Verde", "CV"), Map.entry("Eswatini", "SZ"), Map.entry("Swaziland", "SZ"),
                Map.entry("The Bahamas", "BS"), Map.entry("Mexico", "MX"));
        written.forEach((name, code) -> assertEquals(Optional.of(code), countries.codeFor(name), name));
    }

    /** Kosovo has no ISO code; the lists write XK, and it is kept rather than dropped. */
    @Test
    void kosovoIsXk() {
        assertEquals(Optional.of("XK"), countries.codeFor("Kosovo"));
        assertEquals(Optional.of("XK"), countries.codeFor("xk"));
        assertEquals(Optional.of("Kosovo"), countries.name("XK"));
    }
}
