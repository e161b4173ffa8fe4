package org.clearchain.feed;

import org.clearchain.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file names a feed takes follow the kinds of file its format names. */
class FeedRegistrationTest {

    @Test
    void aCsvFeedTakesCsvAndItsArchivesButNotASpreadsheet() {
        FeedRegistration register = new FeedRegistration("agency-register", "CSV licence_number,agency_name",
                Set.of(Role.LICENSING_OFFICER));

        assertEquals(List.of(".csv", ".txt", ".zip", ".gz"), List.copyOf(register.fileEndings()));
        assertTrue(register.takesFileNamed("Register-2026.CSV"));
        assertTrue(register.takesFileNamed("register.csv.gz"));
        assertFalse(register.takesFileNamed("register.xlsx"));
        assertFalse(register.takesFileNamed("register.pdf"));
        assertFalse(register.takesFileNamed(null));
    }

    @Test
    void aFeedOfSeveralFormatsTakesEachKind() {
        FeedRegistration goods = new FeedRegistration("goods-list", "goods.xml as published, CSV Country,Good, or JSON lines",
                Set.of(Role.ADMIN));

        assertTrue(goods.takesFileNamed("goods.xml"));
        assertTrue(goods.takesFileNamed("goods.jsonl"));
        assertTrue(goods.takesFileNamed("goods.csv"));
        assertFalse(goods.takesFileNamed("goods.docx"));
    }
}
