package org.clearchain.report;

import com.lowagie.text.pdf.PdfPTable;

/**
 * A table being filled. Its header row repeats on every page; rows never split across a page break unless a
 * single row is taller than a page. A streamed table is handed to the document every {@link #FLUSH_EVERY} rows.
 */
final class ReportTable {

    static final int FLUSH_EVERY = 200;

    private final PdfReport report;
    private final PdfPTable table;
    private final float[] textWidths;
    private final boolean streamed;
    private int pending;
    private int rows;

    ReportTable(PdfReport report, float[] widths, String[] headers, boolean streamed) {
        this.report = report;
        this.streamed = streamed;
        this.table = new PdfPTable(widths);
        this.textWidths = PdfReport.textWidths(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        if (streamed) {
            table.setComplete(false);
        }
        for (int i = 0; i < headers.length; i++) {
            table.addCell(report.headerCell(headers[i], textWidths[i]));
        }
    }

    ReportTable row(String... values) {
        for (int i = 0; i < values.length; i++) {
            table.addCell(report.bodyCell(values[i], textWidths[i % textWidths.length]));
        }
        rows++;
        if (streamed && ++pending >= FLUSH_EVERY) {
            // adding an incomplete table lays out and releases the rows so far; the header stays for the next page
            report.add(table);
            pending = 0;
        }
        return this;
    }

    int rows() {
        return rows;
    }

    void end() {
        if (streamed) {
            table.setComplete(true);
        }
        report.add(table);
    }
}
