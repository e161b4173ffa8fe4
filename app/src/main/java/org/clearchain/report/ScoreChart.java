package org.clearchain.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.clearchain.risk.RiskHistoryEntry;

import java.awt.Color;
import java.util.List;

/** A supplier's score over time as a line on a 0–100 scale with the band bounds drawn in, in vector form. */
final class ScoreChart {

    private static final float WIDTH = 480;
    private static final float HEIGHT = 130;
    private static final float LEFT = 24;
    private static final float BOTTOM = 14;
    private static final int[] BAND_BOUNDS = {30, 55, 75};

    private ScoreChart() {
    }

    /** @param history oldest first, at least one entry */
    static Image draw(PdfContentByte canvas, BaseFont font, List<RiskHistoryEntry> history, ReportText text) {
        PdfTemplate t = canvas.createTemplate(WIDTH, HEIGHT);
        float plotWidth = WIDTH - LEFT - 10;
        float plotHeight = HEIGHT - BOTTOM - 6;
        t.setColorStroke(Color.GRAY);
        t.setLineWidth(0.6f);
        t.moveTo(LEFT, BOTTOM);
        t.lineTo(LEFT, BOTTOM + plotHeight);
        t.moveTo(LEFT, BOTTOM);
        t.lineTo(LEFT + plotWidth, BOTTOM);
        t.stroke();
        t.setColorStroke(Color.LIGHT_GRAY);
        t.setLineDash(2, 2);
        for (int bound : BAND_BOUNDS) {
            float y = BOTTOM + plotHeight * bound / 100f;
            t.moveTo(LEFT, y);
            t.lineTo(LEFT + plotWidth, y);
        }
        t.stroke();
        t.setLineDash(0);
        label(t, font, "0", LEFT - 4, BOTTOM - 2, PdfContentByte.ALIGN_RIGHT);
        label(t, font, "100", LEFT - 4, BOTTOM + plotHeight - 2, PdfContentByte.ALIGN_RIGHT);
        for (int bound : BAND_BOUNDS) {
            label(t, font, String.valueOf(bound), LEFT - 4, BOTTOM + plotHeight * bound / 100f - 2, PdfContentByte.ALIGN_RIGHT);
        }
        long first = history.get(0).computedAt().toEpochMilli();
        long span = Math.max(1, history.get(history.size() - 1).computedAt().toEpochMilli() - first);
        t.setColorStroke(new Color(180, 40, 40));
        t.setColorFill(new Color(180, 40, 40));
        t.setLineWidth(1.4f);
        for (int i = 0; i < history.size(); i++) {
            RiskHistoryEntry e = history.get(i);
            float x = history.size() == 1 ? LEFT + plotWidth / 2
                    : LEFT + plotWidth * (e.computedAt().toEpochMilli() - first) / (float) span;
            float y = BOTTOM + plotHeight * e.score().floatValue() / 100f;
            if (i == 0) {
                t.moveTo(x, y);
            } else {
                t.lineTo(x, y);
            }
        }
        t.stroke();
        for (RiskHistoryEntry e : history) {
            float x = history.size() == 1 ? LEFT + plotWidth / 2
                    : LEFT + plotWidth * (e.computedAt().toEpochMilli() - first) / (float) span;
            t.circle(x, BOTTOM + plotHeight * e.score().floatValue() / 100f, 1.8f);
        }
        t.fill();
        t.setColorFill(Color.DARK_GRAY);
        label(t, font, text.date(history.get(0).computedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()), LEFT, 2,
                PdfContentByte.ALIGN_LEFT);
        label(t, font, text.date(history.get(history.size() - 1).computedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()),
                LEFT + plotWidth, 2, PdfContentByte.ALIGN_RIGHT);
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void label(PdfTemplate t, BaseFont font, String value, float x, float y, int align) {
        t.beginText();
        t.setFontAndSize(font, 6.5f);
        t.showTextAligned(align, value, x, y, 0);
        t.endText();
    }
}
