package org.dnacademy.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** What every DN Academy PDF shares: the font, the palette and the document's properties. */
public final class PdfHouse {

    public static final String PLATFORM = "DN Academy";

    public static final int INK = 0x1F2933;
    public static final int MUTED = 0x52606D;
    public static final int BRAND = 0x0F4C5C;
    public static final int WARNING = 0x8D2B0B;
    public static final int RULE = 0xCBD2D9;

    /** Liberation Sans, bundled with PDFBox: regular only, so headings differ by size and colour. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfHouse() {
    }

    /** The house font, embedded (subset) in {@code pdf}. */
    public static PDFont font(PDDocument pdf) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("PDFBox no longer bundles " + FONT);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    /** Whether the font has a glyph for every character of the text. */
    public static boolean canPrint(PDFont font, String text) throws IOException {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Line breaks, tabs and runs of spaces from a form field, as single spaces (they would print as missing glyphs); null as empty. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Z}\\s]+", " ").strip();
    }

    /** Title, subject, keywords, author, creation time (UTC) and language of the document. */
    public static void describe(PDDocument pdf, String title, String subject, String keywords, Instant created) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(oneLine(title));
        if (subject != null) {
            info.setSubject(oneLine(subject));
        }
        if (keywords != null) {
            info.setKeywords(keywords);
        }
        info.setAuthor(PLATFORM);
        info.setCreator(PLATFORM);
        info.setCreationDate(GregorianCalendar.from((created == null ? Instant.now() : created).atZone(ZoneOffset.UTC)));
        pdf.getDocumentCatalog().setLanguage("en-GB");
    }

    /** 0xRRGGBB as PDF colour components. */
    public static float[] rgb(int colour) {
        return new float[] {(colour >> 16 & 0xFF) / 255f, (colour >> 8 & 0xFF) / 255f, (colour & 0xFF) / 255f};
    }
}
