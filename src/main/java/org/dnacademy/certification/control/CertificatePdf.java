package org.dnacademy.certification.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.dnacademy.platform.pdf.PdfHouse;

/**
 * Renders a certificate as a one-page A4 landscape PDF: a framed page with the holder's name, what
 * was certified, the dates, the certificate code and a QR code that opens the public verification
 * page. The PDF is a convenience copy; the verification page is the authority, which is why the
 * page says so and the QR code is on every certificate.
 *
 * <p>All text but the code is set in Liberation Sans, which PDFBox bundles, embedded as a subset,
 * so accented, Greek and Cyrillic names print on any machine. A name with characters that font
 * lacks (CJK, Arabic, emoji) is refused with an {@link IllegalArgumentException} rather than
 * printed with gaps: a certificate must show the name exactly. The code is set in Courier, a
 * standard PDF font every reader has, because it is ASCII and must read as fixed width.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float CENTRE = PAGE.getWidth() / 2;
    /** Left and right edge of the content, well inside the frame. */
    private static final float MARGIN = 72;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** 4 cm: phones focus on it from arm's length, and it survives a worn printout. */
    private static final float QR_SIZE = 4f / 2.54f * 72;
    /** The practical skills of a programme certificate: their type size and how many lines they may take. */
    private static final float SKILL_SIZE = 7.5f;
    private static final int SKILL_LINES = 3;

    private static final int INK = PdfHouse.INK;
    private static final int MUTED = PdfHouse.MUTED;
    private static final int BRAND = PdfHouse.BRAND;
    private static final int GOLD = 0xB08D57;
    private static final int WITHDRAWN = 0xB42318;

    private CertificatePdf() {
    }

    /** The certificate as PDF bytes. */
    public static byte[] render(CertificateDocument document) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            PDFont text = PdfHouse.font(pdf);
            // Courier has no glyphs beyond Latin-1; codes are ASCII, anything else falls back.
            PDFont courier = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
            PDFont mono = PdfHouse.canPrint(courier, document.code()) ? courier : text;
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                new Layout(content, text, mono).draw(document);
            }
            describe(pdf, document);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render certificate " + document.code(), e);
        }
    }

    private static void describe(PDDocument pdf, CertificateDocument document) {
        PdfHouse.describe(pdf, document.kind() + ": " + document.holderName(), document.certifiedFor(), document.code(), null);
    }

    private static String printable(String text) {
        return PdfHouse.oneLine(text);
    }

    /** Draws one certificate onto one page; positions are baselines in points from the bottom. */
    private static final class Layout {

        private final PDPageContentStream content;
        private final PDFont font;
        private final PDFont mono;

        Layout(PDPageContentStream content, PDFont font, PDFont mono) {
            this.content = content;
            this.font = font;
            this.mono = mono;
        }

        void draw(CertificateDocument document) throws IOException {
            frame();

            centred(PdfHouse.PLATFORM, 20, BRAND, 516);
            ornament(503);
            centred(printable(document.kind()), 30, INK, 455);

            centred("This certifies that", 13, MUTED, 410);
            String holder = printable(document.holderName());
            float holderSize = centred(holder, 38, INK, 362);
            float underline = Math.min(TEXT_WIDTH, Math.max(360, width(font, holder, holderSize) + 48));
            rule(CENTRE - underline / 2, CENTRE + underline / 2, 348, GOLD, 0.6f);

            centred("has completed", 13, MUTED, 316);
            centred(printable(document.certifiedFor()), 21, BRAND, 284);
            String details = details(document);
            if (!details.isEmpty()) {
                centred(details, 10, MUTED, 260);
            }

            boolean skillsListed = competence(document);
            if (document.withdrawal() != null) {
                // A withdrawn certificate must never pass for a valid one, printed or on screen.
                centred(printable(document.withdrawal()).toUpperCase(Locale.UK) + ": THIS CERTIFICATE IS NOT VALID", 16, WITHDRAWN,
                        skillsListed ? 204 : 226);
            }
            facts(document);
            verification(document);
        }

        /**
         * A programme certificate lists the practical skills signed off (with their body regions) in
         * small print under the details, wrapped to at most {@link #SKILL_LINES} lines; whatever does
         * not fit is counted and left to the verification page.
         *
         * @return whether anything was listed
         */
        private boolean competence(CertificateDocument document) throws IOException {
            if (document.competence().isEmpty()) {
                return false;
            }
            List<String> items = document.competence().stream().map(CertificatePdf::printable).toList();
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder("Practical skills signed off: ");
            int shown = 0;
            for (String item : items) {
                String piece = (shown == 0 ? "" : "; ") + item;
                if (width(font, line + piece, SKILL_SIZE) > TEXT_WIDTH) {
                    if (lines.size() == SKILL_LINES - 1) {
                        break;
                    }
                    lines.add(line.toString());
                    line = new StringBuilder(item);
                } else {
                    line.append(piece);
                }
                shown++;
            }
            if (shown < items.size()) {
                line.append("; and ").append(items.size() - shown).append(" more on the verification page");
            }
            lines.add(line.toString());
            float y = 244;
            for (String text : lines) {
                centred(text, fitting(text, font, SKILL_SIZE, TEXT_WIDTH), MUTED, y);
                y -= SKILL_SIZE + 3;
            }
            return true;
        }

        private void frame() throws IOException {
            stroke(BRAND);
            content.setLineWidth(2.5f);
            content.addRect(20, 20, PAGE.getWidth() - 40, PAGE.getHeight() - 40);
            content.stroke();
            stroke(GOLD);
            content.setLineWidth(0.8f);
            content.addRect(27, 27, PAGE.getWidth() - 54, PAGE.getHeight() - 54);
            content.stroke();
            fill(GOLD);
            for (float[] corner : new float[][] {{27, 27}, {PAGE.getWidth() - 27, 27},
                    {27, PAGE.getHeight() - 27}, {PAGE.getWidth() - 27, PAGE.getHeight() - 27}}) {
                diamond(corner[0], corner[1], 4.5f);
            }
        }

        private void ornament(float y) throws IOException {
            rule(CENTRE - 80, CENTRE - 9, y, GOLD, 0.8f);
            rule(CENTRE + 9, CENTRE + 80, y, GOLD, 0.8f);
            fill(GOLD);
            diamond(CENTRE, y, 3.5f);
        }

        /** Dates and code, left of the QR code, as small label over value pairs. */
        private void facts(CertificateDocument document) throws IOException {
            labelled("Issued on", DATE.format(document.issuedOn()), font, 13, MARGIN, 178);
            if (document.withdrawal() == null) {
                labelled("Valid until", DATE.format(document.expiresOn()), font, 13, MARGIN + 170, 178);
            } else {
                labelled("Status", printable(document.withdrawal()), font, 13, MARGIN + 170, 178);
            }
            labelled("Certificate code", document.code(), mono, 14, MARGIN, 122);
        }

        private void labelled(String label, String value, PDFont valueFont, float size, float x, float y)
                throws IOException {
            text(label.toUpperCase(Locale.UK), font, 7.5f, MUTED, x, y);
            text(value, valueFont, size, INK, x, y - size - 5);
        }

        /** QR code at the bottom right, its caption right-aligned under it. */
        private void verification(CertificateDocument document) throws IOException {
            float right = PAGE.getWidth() - MARGIN;
            // The caption starts four modules or more below the code: the quiet zone scanners need.
            float bottom = 100;
            qr(document.verificationUrl(), right - QR_SIZE, bottom, QR_SIZE);
            float captionWidth = 380;
            String caption = "Verify at " + document.verificationUrl();
            float size = fitting(caption, font, 8, captionWidth);
            text(caption, font, size, INK, right - width(font, caption, size), bottom - 20);
            String authority = "The verification page is authoritative: an edited PDF is caught there.";
            float authoritySize = fitting(authority, font, 7, captionWidth);
            text(authority, font, authoritySize, MUTED, right - width(font, authority, authoritySize), bottom - 31);
        }

        /** Dark modules as filled squares in one path, so the code stays sharp at any zoom. */
        private void qr(String url, float x, float y, float size) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IllegalArgumentException("The verification URL does not fit a QR code: " + url, e);
            }
            float module = size / matrix.getWidth();
            fill(INK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                float top = y + size - (row + 1) * module;
                int column = 0;
                while (column < matrix.getWidth()) {
                    if (!matrix.get(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < matrix.getWidth() && matrix.get(column, row)) {
                        column++;
                    }
                    content.addRect(x + start * module, top, (column - start) * module, module);
                }
            }
            content.fill();
        }

        /** Centres one line, shrinking it to the text width if needed; returns the size used. */
        private float centred(String line, float size, int colour, float y) throws IOException {
            float fitted = fitting(line, font, size, TEXT_WIDTH);
            text(line, font, fitted, colour, CENTRE - width(font, line, fitted) / 2, y);
            return fitted;
        }

        private void text(String line, PDFont lineFont, float size, int colour, float x, float y) throws IOException {
            fill(colour);
            content.beginText();
            content.setFont(lineFont, size);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
        }

        private void rule(float from, float to, float y, int colour, float lineWidth) throws IOException {
            stroke(colour);
            content.setLineWidth(lineWidth);
            content.moveTo(from, y);
            content.lineTo(to, y);
            content.stroke();
        }

        private void diamond(float x, float y, float radius) throws IOException {
            content.moveTo(x, y + radius);
            content.lineTo(x + radius, y);
            content.lineTo(x, y - radius);
            content.lineTo(x - radius, y);
            content.closePath();
            content.fill();
        }

        private void fill(int colour) throws IOException {
            float[] rgb = PdfHouse.rgb(colour);
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        }

        private void stroke(int colour) throws IOException {
            float[] rgb = PdfHouse.rgb(colour);
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        }
    }

    /** Score and version in small print, leaving out whichever a programme certificate lacks. */
    private static String details(CertificateDocument document) {
        List<String> parts = new ArrayList<>();
        if (document.scorePercent() != null) {
            parts.add("Score " + document.scorePercent() + "%");
        }
        if (document.cpdHours() != null && document.cpdHours().signum() > 0) {
            parts.add(document.cpdHours().stripTrailingZeros().toPlainString() + " CPD hours");
        }
        if (document.moduleVersion() != null && !document.moduleVersion().isBlank()) {
            parts.add("Module version " + printable(document.moduleVersion()));
        }
        return String.join("   \u00B7   ", parts);
    }

    /** The preferred size, or smaller so the line fits the width. */
    private static float fitting(String line, PDFont font, float preferred, float maxWidth) throws IOException {
        float width = width(font, line, preferred);
        return width <= maxWidth ? preferred : preferred * maxWidth / width;
    }

    private static float width(PDFont font, String line, float size) throws IOException {
        try {
            return font.getStringWidth(line) / 1000 * size;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The certificate font cannot print \"" + line + "\": " + e.getMessage(), e);
        }
    }
}
