package org.clearchain.integrations.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {

    @Test
    void caseAccentsAndPunctuationGoAndWordsStay() {
        assertEquals("usine generale s a r l", Words.of("  Usine Générale, S.A.R.L. "));
        assertEquals("lodz strasse", Words.of("Łódź-Straße"));
        assertEquals("bosnia and herzegovina", Words.of("Bosnia & Herzegovina"));
    }

    @Test
    void lettersThatDoNotDecomposeAreSpelledPlainly() {
        assertEquals("lodz gross aeooe", Words.fold("Łódź groß æøœ"));
    }
}
