package org.clearchain.integrations.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EllipsisTest {

    @Test
    void textThatFitsIsKeptWhole() {
        assertEquals("Łódź", Ellipsis.cut("Łódź", 4));
    }

    @Test
    void longerTextEndsInAnEllipsisWithinTheLimit() {
        assertEquals("Łód…", Ellipsis.cut("Łódź!", 4));
        assertEquals(4, Ellipsis.cut("a".repeat(50), 4).length());
    }
}
