package org.clearchain.reference;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reference editions read their countries through the one resolver (its own tests are integrations' CountryNamesTest). */
class ReferenceDataCsvTest {

    @Test
    void aRowWithAnUnknownTwoLetterCodeIsRejectedNotStoredAsItIs() {
        var edition = new ReferenceEdition("country-risk", "test", "t-1", false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReferenceDataCsv.countryRisk(new StringReader("country,score\nBD,0.31\nXX,0.2\n"), edition));

        assertEquals("Record 2 (after the header): unknown country 'XX'", e.getMessage());
    }

    @Test
    void editionsKnowWhatTheFeedsKnow() {
        var edition = new ReferenceEdition("country-risk", "test", "t-1", false);

        CountryRiskTable table = ReferenceDataCsv.countryRisk(new StringReader(
                "country,score\nVNM,0.4\nBosnia & Herzegovina,0.3\n\"Korea, North\",0.9\n"), edition);

        assertEquals(0.4, table.get("VN").score(), 1e-9);
        assertEquals(0.3, table.get("BA").score(), 1e-9);
        assertEquals(0.9, table.get("KP").score(), 1e-9, "a sanctions list's spelling");
    }
}
