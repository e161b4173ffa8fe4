package org.clearchain.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import java.awt.Color;
import java.util.Map;

/** A QR code drawn as vector squares, so it stays sharp at any zoom and in print. */
final class QrCode {

    private QrCode() {
    }

    static Image of(PdfContentByte canvas, String content, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content + " as a QR code", e);
        }
        float module = size / matrix.getWidth();
        PdfTemplate t = canvas.createTemplate(size, size);
        t.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    t.rectangle(x * module, size - (y + 1) * module, module, module);
                }
            }
        }
        t.fill();
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
