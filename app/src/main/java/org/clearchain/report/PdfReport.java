package org.clearchain.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The layout every Clearchain document shares: A4, a header and a "page X of Y" footer on every page, titles,
 * sections, paragraphs, label–value facts and tables whose header row repeats on each page. Every piece of text
 * added also feeds a SHA-256, printed in the footer, so a reader can tell two documents' contents apart.
 */
final class PdfReport implements AutoCloseable {

    private static final Color HEADER_FILL = new Color(230, 234, 240);
    private static final float MARGIN = 40;
    /** Every table spans the page between the margins. */
    private static final float CONTENT_WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    private static final float PADDING = 3;
    /** The smallest size a cell's text shrinks to so that its longest word fits on a line. */
    private static final float SMALLEST = 5.5f;

    private final Document document;
    private final PdfWriter writer;
    private final ReportFonts fonts;
    private final ReportText text;
    private final PageDecorations decorations;
    private final MessageDigest digest;

    private PdfReport(OutputStream out, ReportFonts fonts, ReportText text, String header, String footer) {
        this.fonts = fonts;
        this.text = text;
        this.document = new Document(PageSize.A4, MARGIN, MARGIN, 50, 55);
        this.writer = PdfWriter.getInstance(document, out);
        // the stream belongs to the caller (the HTTP response): closing the document must not close it
        writer.setCloseStream(false);
        this.decorations = new PageDecorations(fonts.regularBase(), header, footer, text.get("page.of"));
        writer.setPageEvent(decorations);
        this.digest = sha256();
        document.addTitle(header);
        document.addCreator("Clearchain");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(text.language()));
        document.open();
    }

    /** Opens a document on {@code out}; the fallback note comes first when the language asked for is unknown. */
    static PdfReport open(OutputStream out, ReportFonts fonts, ReportText text, String header, String footer) {
        PdfReport report = new PdfReport(out, fonts, text, header, footer);
        String note = text.fallbackNote();
        if (note != null) {
            report.note(note);
        }
        return report;
    }

    ReportText text() {
        return text;
    }

    PdfWriter writer() {
        return writer;
    }

    void title(String title, String subtitle) {
        Paragraph p = new Paragraph(hashed(title), fonts.bold(18));
        p.setSpacingAfter(subtitle == null ? 10 : 2);
        add(p);
        if (subtitle != null) {
            Paragraph s = new Paragraph(hashed(subtitle), fonts.grey(10));
            s.setSpacingAfter(10);
            add(s);
        }
    }

    void section(String heading) {
        Paragraph p = new Paragraph(hashed(heading), fonts.bold(13));
        p.setSpacingBefore(12);
        p.setSpacingAfter(5);
        p.setKeepTogether(true);
        add(p);
    }

    void subsection(String heading) {
        Paragraph p = new Paragraph(hashed(heading), fonts.bold(10.5f));
        p.setSpacingBefore(6);
        p.setSpacingAfter(3);
        add(p);
    }

    void paragraph(String body) {
        Paragraph p = new Paragraph(hashed(body), fonts.regular(9.5f));
        p.setSpacingAfter(4);
        add(p);
    }

    /** An honest remark: "no declarations", "not yet scored", a language fallback. */
    void note(String body) {
        Paragraph p = new Paragraph(hashed(body), fonts.grey(9));
        p.setSpacingAfter(4);
        add(p);
    }

    /** Label–value pairs in two columns. */
    void facts(String... labelsAndValues) {
        float[] relative = {1, 2.6f};
        float[] widths = textWidths(relative);
        PdfPTable table = new PdfPTable(relative);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            table.addCell(cell(labelsAndValues[i], fonts.bold(9), null, widths[0]));
            table.addCell(cell(labelsAndValues[i + 1], fonts.regular(9), null, widths[1]));
        }
        add(table);
    }

    /** The width of text inside each column of a table spanning the page, from the columns' relative widths. */
    static float[] textWidths(float[] relative) {
        float sum = 0;
        for (float w : relative) {
            sum += w;
        }
        float[] widths = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            widths[i] = CONTENT_WIDTH * relative[i] / sum - 2 * PADDING - 1;
        }
        return widths;
    }

    /** A table of {@code headers.length} columns whose header row repeats on every page it spans. */
    ReportTable table(float[] widths, String... headers) {
        return new ReportTable(this, widths, headers, false);
    }

    /**
     * As {@link #table}, for tables of any length: rows are handed to the document every {@code flushEvery}
     * rows and dropped from memory, so a 50,000-row table costs what a 200-row one does.
     */
    ReportTable streamedTable(float[] widths, String... headers) {
        return new ReportTable(this, widths, headers, true);
    }

    void image(Image image) {
        image.setAlignment(Element.ALIGN_LEFT);
        add(image);
    }

    PdfPCell headerCell(String value, float width) {
        return cell(value, fonts.bold(8.5f), HEADER_FILL, width);
    }

    PdfPCell bodyCell(String value, float width) {
        return cell(value, fonts.regular(8.5f), null, width);
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the report", e);
        }
    }

    /** Ends the document: the footer templates get the page count and the content hash. */
    @Override
    public void close() {
        decorations.contentHash(HexFormat.of().formatHex(digest.digest()));
        document.close();
    }

    /** A cell of text {@code width} wide whose lines break between words only (see {@link #fitting}). */
    private PdfPCell cell(String value, Font font, Color fill, float width) {
        String shown = hashed(value);
        PdfPCell cell = new PdfPCell(new Phrase(shown, fitting(shown, font, width)));
        cell.setPadding(PADDING);
        cell.setBorderColor(Color.LIGHT_GRAY);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    /**
     * OpenPDF cuts a word that is wider than its cell wherever the line runs out ("Travailleur s"): the font shrinks
     * until the cell's longest word fits, so lines break between words only. A token too long even at the smallest
     * size (a long web address) is still cut.
     */
    private static Font fitting(String text, Font font, float width) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, font.getSize()));
        }
        if (widest <= width) {
            return font;
        }
        float size = Math.max(SMALLEST, (float) Math.floor(font.getSize() * width / widest * 10) / 10);
        return new Font(font.getBaseFont(), size, font.getStyle(), font.getColor());
    }

    private String hashed(String value) {
        String shown = value == null || value.isEmpty() ? "—" : value;
        digest.update(shown.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return shown;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
