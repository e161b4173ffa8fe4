package org.clearchain.scoring;

import org.clearchain.reference.ReferenceEdition;
import org.clearchain.reference.ReferenceDataCsv;

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

    /** One resolver for the facility list, the entity lists and the reference editions: what one accepts, all do. */
    @Test
    void alpha3CodesAndLooserSpellingsAreKnownToReferenceEditionsToo() {
        assertEquals(Optional.of("VN"), ReferenceDataCsv.countryCode("VNM"));
        assertEquals(Optional.of("BA"), ReferenceDataCsv.countryCode("Bosnia & Herzegovina"));
        assertEquals(Optional.of("GM"), ReferenceDataCsv.countryCode("The Gambia"));
        assertEquals(Optional.of("AE"), ReferenceDataCsv.countryCode("UAE"));
    }

    @Test
    void aRowWithAnUnknownTwoLetterCodeIsRejectedNotStoredAsItIs() {
        var edition = new ReferenceEdition("country-risk", "test", "t-1", false);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReferenceDataCsv.countryRisk(new java.io.StringReader("country,score\nBD,0.31\nXX,0.2\n"), edition));

        assertEquals("Record 2 (after the header): unknown country 'XX'", e.getMessage());
    }
}
