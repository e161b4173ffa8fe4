package org.clearchain.scoring;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Countries as published lists write them: ISO codes, ISO names, and the spellings of aliases.csv. */
class CountryCodesTest {

    @Test
    void codesAreCheckedAgainstTheIsoList() {
        assertEquals(Optional.of("BD"), ReferenceDataCsv.countryCode("bd"));
        assertEquals(Optional.empty(), ReferenceDataCsv.countryCode("XX"));
    }

    @Test
    void namesMatchWithoutCaseAccentsOrApostropheStyle() {
        assertEquals(Optional.of("CI"), ReferenceDataCsv.countryCode("Cote d'Ivoire"));
        assertEquals(Optional.of("CI"), ReferenceDataCsv.countryCode("CÔTE D’IVOIRE"));
        assertEquals(Optional.of("RO"), ReferenceDataCsv.countryCode(" Romania "));
    }

    @Test
    void spellingsOfPublishedListsAreKnown() {
        assertEquals(Optional.of("MM"), ReferenceDataCsv.countryCode("Burma"));
        assertEquals(Optional.of("CD"), ReferenceDataCsv.countryCode("Congo, Democratic Republic of the"));
        assertEquals(Optional.of("VN"), ReferenceDataCsv.countryCode("Viet Nam"));
        assertEquals(Optional.of("KG"), ReferenceDataCsv.countryCode("Kyrgyz Republic"));
        assertEquals(Optional.empty(), ReferenceDataCsv.countryCode("Atlantis"));
    }
}
