package org.clearchain.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Łódź Work Partners", "عامل مهاجر", "Ștefan\tRecruitment\r\nSRL", "emoji 🧵 ok", ""})
    void ordinaryTextOfAnyScriptIsAccepted(String text) {
        assertTrue(TextRules.refusal(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u0000', '\u0001', '\u001F', '\u007F', '\u0080', '\u009F', '\u202A', '\u202E', '\u2066', '\u2069'})
    void controlAndTextDirectionCharactersAreRefused(char c) {
        assertTrue(TextRules.refusal("ab" + c + "cd").isPresent(), () -> String.format("U+%04X", (int) c));
    }

    @Test
    void theRefusalNamesTheCharacterAndItsPosition() {
        assertEquals("must not contain control or text-direction characters (found U+202E at position 4); tabs and line"
                + " breaks are allowed", TextRules.refusal("abc\u202Etxt.exe").orElseThrow());
    }

    @Test
    void anUnpairedSurrogateIsRefusedAndAPairIsNot() {
        assertTrue(TextRules.refusal("a\uD83E").isPresent());
        assertTrue(TextRules.refusal("a\uDDF5b").isPresent());
        assertTrue(TextRules.refusal("a\uD83E\uDDF5b").isEmpty());
    }
}
