package org.clearchain.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import jakarta.inject.Singleton;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans, embedded as Unicode (Identity-H), so Łódź, Ștefan and Ğ print as written: the standard
 * Helvetica of PDF readers covers only Latin-1. Loaded once; OpenPDF keeps the glyphs used per document.
 */
@Singleton
class ReportFonts {

    static final Color GREY = new Color(90, 90, 90);

    private final BaseFont regular;
    private final BaseFont bold;

    ReportFonts() {
        this.regular = load("LiberationSans-Regular.ttf");
        this.bold = load("LiberationSans-Bold.ttf");
    }

    BaseFont regularBase() {
        return regular;
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font grey(float size) {
        return new Font(regular, size, Font.NORMAL, GREY);
    }

    private static BaseFont load(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
