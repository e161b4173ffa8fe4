package org.clearchain.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout every document shares, without the application: fonts, page numbering, long tables. */
class ReportLayoutTest {

    private final ReportFonts fonts = new ReportFonts();

    private byte[] document(String lang, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport pdf = PdfReport.open(out, fonts, ReportText.of(lang), "Layout test", "footer")) {
            pdf.title("Łódź Work Partners, Ștefan Recruitment, Ğazi Tekstil", null);
            ReportTable table = pdf.streamedTable(new float[]{1, 3}, "Row", "Name");
            for (int i = 1; i <= rows; i++) {
                table.row(String.valueOf(i), "Agence Générale " + i);
            }
            table.end();
        }
        return out.toByteArray();
    }

    @Test
    void lettersBeyondLatin1PrintAsWritten() {
        String text = Pdfs.text(document("en", 1));

        assertTrue(text.contains("Łódź Work Partners, Ștefan Recruitment, Ğazi Tekstil"), text);
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() {
        byte[] pdf = document("fr", 400);
        int pages = Pdfs.pages(pdf);
        String text = Pdfs.text(pdf);

        assertTrue(pages > 3, "400 rows span several pages: " + pages);
        for (int page = 1; page <= pages; page++) {
            assertTrue(text.contains("Page " + page + " sur " + pages), "page " + page + " of " + pages + ": " + text);
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndKeepsEveryRow() {
        byte[] pdf = document("en", 400);
        String text = Pdfs.text(pdf);

        assertEquals(Pdfs.pages(pdf), text.split("Row Name", -1).length - 1, "one header row per page");
        for (int i = 1; i <= 400; i++) {
            assertTrue(text.contains(i + " Agence Générale " + i), "row " + i);
        }
    }

    @Test
    void theFooterCarriesTheSha256OfTheContent() {
        String one = Pdfs.text(document("en", 3));
        String same = Pdfs.text(document("en", 3));
        String other = Pdfs.text(document("en", 4));

        assertEquals(hash(one), hash(same));
        assertTrue(!hash(one).equals(hash(other)), "different content, different hash");
    }

    private static String hash(String text) {
        var m = java.util.regex.Pattern.compile("SHA-256 ([0-9a-f]{64})").matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }
}
