package org.dnacademy.certification.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class CertificatePdfTest {

    private static final String CODE = CertificateCode.generate(new Random(21));
    private static final String URL = "https://academy.example.org/verify/" + CODE;

    private static CertificateDocument module(String holderName) {
        return new CertificateDocument("Module certificate", holderName, "Dry needling of the upper trapezius", "2.3",
                86, LocalDate.of(2025, 11, 22), LocalDate.of(2026, 11, 22), CODE, URL, null);
    }

    private static CertificateDocument programme(String holderName) {
        return new CertificateDocument("Programme certificate", holderName, "DN Academy dry needling programme", null,
                null, LocalDate.of(2026, 2, 1), LocalDate.of(2028, 2, 1), CODE, URL, null);
    }

    @Test
    void aProgrammeCertificateListsThePracticalSkillsSignedOffAndTheHours() throws IOException {
        var document = new CertificateDocument("Programme certificate", "Ana Li", "DN Academy dry needling programme", null, null,
                LocalDate.of(2026, 2, 1), LocalDate.of(2028, 2, 1), CODE, URL, null, new java.math.BigDecimal("21.5"),
                List.of("Clean technique and sharps", "Safe thoracic technique (Thoracic wall)", "Guide-tube insertion (Neck and cervical spine, Lower limb)"));
        String text = text(CertificatePdf.render(document)).replaceAll("\\s+", " ");
        assertTrue(text.contains("Practical skills signed off: Clean technique and sharps; Safe thoracic technique (Thoracic wall)"), text);
        assertTrue(text.contains("Guide-tube insertion (Neck and cervical spine, Lower limb)"), text);
        assertTrue(text.contains("21.5 CPD hours"), text);
    }

    @Test
    void skillsThatDoNotFitAreCountedAndLeftToTheVerificationPage() throws IOException {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 60).mapToObj(i -> "A practical skill with a long title number " + i).toList();
        var document = new CertificateDocument("Programme certificate", "Ana Li", "DN Academy dry needling programme", null, null,
                LocalDate.of(2026, 2, 1), LocalDate.of(2028, 2, 1), CODE, URL, null, null, many);
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(document))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            java.util.regex.Matcher more = java.util.regex.Pattern.compile("and (\\d+) more on the verification page").matcher(text);
            assertTrue(more.find(), text);
            int listed = (int) many.stream().filter(text::contains).count();
            assertEquals(60, listed + Integer.parseInt(more.group(1)), "every skill is either printed or counted: " + text);
        }
    }

    @Test
    void oneA4LandscapePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(module("Zoë Ñúñez-Łukasz")))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 0.5);
        }
    }

    @Test
    void printsEverythingAModuleCertificateStates() throws IOException {
        String text = text(CertificatePdf.render(module("Zoë Ñúñez-Łukasz")));
        assertAll(
                () -> assertTrue(text.contains("DN Academy"), text),
                () -> assertTrue(text.contains("Module certificate"), text),
                () -> assertTrue(text.contains("This certifies that"), text),
                () -> assertTrue(text.contains("Zoë Ñúñez-Łukasz"), text),
                () -> assertTrue(text.contains("has completed"), text),
                () -> assertTrue(text.contains("Dry needling of the upper trapezius"), text),
                () -> assertTrue(text.contains("Score 86%"), text),
                () -> assertTrue(text.contains("Module version 2.3"), text),
                () -> assertTrue(text.contains("22 November 2025"), text),
                () -> assertTrue(text.contains("22 November 2026"), text),
                () -> assertTrue(text.contains(CODE), text),
                () -> assertTrue(text.contains("Verify at " + URL), text),
                () -> assertTrue(text.contains("authoritative"), text));
    }

    @Test
    void printsGreekAndCyrillicNames() throws IOException {
        String text = text(CertificatePdf.render(module("Σοφία Παπαδοπούλου / Анна Смирнова")));
        assertTrue(text.contains("Σοφία Παπαδοπούλου / Анна Смирнова"), text);
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        assertEquals(URL, qr(CertificatePdf.render(module("Zoë Ñúñez-Łukasz"))));
    }

    @Test
    void aLongVerificationUrlStillScans() throws Exception {
        String url = "https://verification.dn-academy.example.org/public/certificates/verify?code=" + CODE
                + "&lang=en-GB";
        CertificateDocument document = new CertificateDocument("Module certificate", "Ana Li", "Lumbar spine", "1.0",
                100, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), CODE, url, null);
        byte[] bytes = CertificatePdf.render(document);
        assertEquals(url, qr(bytes));
        assertTrue(text(bytes).contains("Verify at " + url));
    }

    @Test
    void theQrCodeIsVectorAndAtLeastThreeAndAHalfCentimetresWide() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(module("Ana Li")))) {
            assertFalse(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "no images");
        }
        // at 72 dpi one pixel is one point
        BufferedImage page = image(CertificatePdf.render(module("Ana Li")), 72);
        int[] bounds = qrBounds(page);
        double widthCm = (bounds[1] - bounds[0] + 1) / 72.0 * 2.54;
        assertTrue(widthCm >= 3.5, "QR code is " + widthCm + " cm wide");
    }

    @Test
    void aVeryLongNameAndTitleShrinkToStayOnThePage() throws IOException {
        String name = "Maria-Fernanda Guadalupe Concepción de los Ángeles Rodríguez-Villanueva y Castellanos-Ñúñez";
        String title = "Advanced dry needling of the deep cervical, thoracic and lumbopelvic musculature: "
                + "safety, ultrasound guidance and clinical reasoning";
        CertificateDocument document = new CertificateDocument("Module certificate", name, title, "12.0", 91,
                LocalDate.of(2025, 11, 22), LocalDate.of(2026, 11, 22), CODE, URL, null);
        byte[] bytes = CertificatePdf.render(document);

        String text = text(bytes);
        assertTrue(text.contains(name), text);
        assertTrue(text.contains(title), text);
        assertAllTextInsideTheFrame(bytes);
    }

    @Test
    void everyTextStaysInsideTheFrame() throws IOException {
        assertAllTextInsideTheFrame(CertificatePdf.render(module("Zoë Ñúñez-Łukasz")));
        assertAllTextInsideTheFrame(CertificatePdf.render(programme("Zoë Ñúñez-Łukasz")));
    }

    @Test
    void aProgrammeCertificateLeavesOutScoreAndVersion() throws IOException {
        String text = text(CertificatePdf.render(programme("Ana Li")));
        assertAll(
                () -> assertTrue(text.contains("Programme certificate"), text),
                () -> assertTrue(text.contains("DN Academy dry needling programme"), text),
                () -> assertTrue(text.contains("1 February 2026"), text),
                () -> assertTrue(text.contains("1 February 2028"), text),
                () -> assertFalse(text.contains("null"), text),
                () -> assertFalse(text.contains("Score"), text),
                () -> assertFalse(text.contains("version"), text));
    }

    @Test
    void aRevokedCertificateSaysSoInsteadOfValidUntil() throws IOException {
        CertificateDocument revoked = new CertificateDocument("Module certificate", "Ana Li", "Lumbar spine", "1.0", 75,
                LocalDate.of(2026, 1, 31), LocalDate.of(2027, 1, 31), CODE, URL, "Revoked on 3 March 2026");
        String text = text(CertificatePdf.render(revoked));
        assertTrue(text.contains("REVOKED ON 3 MARCH 2026: THIS CERTIFICATE IS NOT VALID"), text);
        assertTrue(text.contains("Revoked on 3 March 2026"), text);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("valid until"), text);
        assertTrue(text(CertificatePdf.render(module("Ana Li"))).toLowerCase(java.util.Locale.ROOT).contains("valid until"),
                "a certificate that stands still says until when");
    }

    @Test
    void scoreWithoutVersionPrintsOnlyTheScore() throws IOException {
        CertificateDocument document = new CertificateDocument("Module certificate", "Ana Li", "Lumbar spine", null,
                75, LocalDate.of(2026, 1, 31), LocalDate.of(2027, 1, 31), CODE, URL, null);
        String text = text(CertificatePdf.render(document));
        assertTrue(text.contains("Score 75%"), text);
        assertFalse(text.contains("null"), text);
        assertFalse(text.contains("version"), text);
    }

    @Test
    void describesItselfInTheDocumentInformation() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(module("Zoë Ñúñez-Łukasz")))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Module certificate: Zoë Ñúñez-Łukasz", info.getTitle());
            assertEquals("DN Academy", info.getAuthor());
            assertEquals("Dry needling of the upper trapezius", info.getSubject());
            assertNotNull(info.getCreationDate());
        }
    }

    @Test
    void lineBreaksAndTabsInANameArePrintedAsSingleSpaces() throws IOException {
        String text = text(CertificatePdf.render(module("  Zoë\tÑúñez\r\nŁukasz ")));
        assertTrue(text.contains("Zoë Ñúñez Łukasz"), text);
    }

    @Test
    void aNameTheFontCannotPrintIsRefusedRatherThanPrintedWithGaps() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CertificatePdf.render(module("王小明")));
        assertTrue(refused.getMessage().contains("王小明"), refused.getMessage());
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static BufferedImage image(byte[] bytes, float dpi) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    private static String qr(byte[] bytes) throws IOException, NotFoundException, ChecksumException,
            FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image(bytes, 150))));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /**
     * Leftmost and rightmost dark column in the bottom right quarter, inside the frame and above the
     * caption, where only the QR code is drawn.
     */
    private static int[] qrBounds(BufferedImage page) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        int frame = 40;
        int caption = 100;
        for (int y = page.getHeight() / 2; y < page.getHeight() - caption; y++) {
            for (int x = page.getWidth() * 3 / 4; x < page.getWidth() - frame; x++) {
                if ((page.getRGB(x, y) & 0xFF) < 128) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }

    private static void assertAllTextInsideTheFrame(byte[] bytes) throws IOException {
        List<String> outside = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            float width = pdf.getPage(0).getMediaBox().getWidth();
            float inner = 27;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getXDirAdj() < inner || text.getXDirAdj() + text.getWidthDirAdj() > width - inner) {
                        outside.add(text.getUnicode() + " at " + text.getXDirAdj());
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(pdf);
        }
        assertTrue(outside.isEmpty(), outside.toString());
    }
}
