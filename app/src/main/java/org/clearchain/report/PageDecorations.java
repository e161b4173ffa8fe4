package org.clearchain.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * The header and footer of every page. What is only known at the end — the number of pages and the SHA-256 of
 * the content — goes into two templates drawn on every page and filled once, when the document closes, so a
 * streamed document never needs a second pass.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float SMALL = 7;

    private final BaseFont font;
    private final String header;
    private final String footer;
    private final String pageOf;
    private PdfTemplate totalPages;
    private PdfTemplate hash;
    private String contentHash = "";

    /** @param pageOf the words around the numbers, e.g. "Page {0} of" — the total follows */
    PageDecorations(BaseFont font, String header, String footer, String pageOf) {
        this.font = font;
        this.header = header;
        this.footer = footer;
        this.pageOf = pageOf;
    }

    void contentHash(String hex) {
        this.contentHash = hex;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(40, 10);
        hash = writer.getDirectContent().createTemplate(320, 10);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + 18;
        float bottom = document.bottom() - 18;
        cb.saveState();
        cb.setColorStroke(Color.GRAY);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, top - 4);
        cb.lineTo(right, top - 4);
        cb.moveTo(left, bottom + 10);
        cb.lineTo(right, bottom + 10);
        cb.stroke();
        cb.setColorFill(Color.DARK_GRAY);
        text(cb, header, left, top, PdfContentByte.ALIGN_LEFT);
        text(cb, "Clearchain", right, top, PdfContentByte.ALIGN_RIGHT);
        text(cb, footer, left, bottom, PdfContentByte.ALIGN_LEFT);
        String page = pageOf.replace("{0}", String.valueOf(writer.getPageNumber())) + " ";
        float totalWidth = font.getWidthPoint("0000", SMALL);
        text(cb, page, right - totalWidth, bottom, PdfContentByte.ALIGN_RIGHT);
        cb.addTemplate(totalPages, right - totalWidth, bottom);
        text(cb, "SHA-256 ", left, bottom - 9, PdfContentByte.ALIGN_LEFT);
        cb.addTemplate(hash, left + font.getWidthPoint("SHA-256 ", SMALL), bottom - 9);
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        fill(totalPages, String.valueOf(writer.getPageNumber() - 1));
        fill(hash, contentHash);
    }

    private void fill(PdfTemplate template, String value) {
        template.beginText();
        template.setFontAndSize(font, SMALL);
        template.setColorFill(Color.DARK_GRAY);
        template.setTextMatrix(0, 0);
        template.showText(value);
        template.endText();
    }

    private void text(PdfContentByte cb, String value, float x, float y, int align) {
        cb.beginText();
        cb.setFontAndSize(font, SMALL);
        cb.showTextAligned(align, value, x, y, 0);
        cb.endText();
    }
}
