package org.dnacademy.records.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dnacademy.records.control.Transcript.AnswerLine;
import org.dnacademy.records.control.Transcript.AttemptLine;
import org.dnacademy.records.control.Transcript.CertificateLine;
import org.dnacademy.records.control.Transcript.CompetenceLine;
import org.dnacademy.records.control.Transcript.ModuleLine;
import org.dnacademy.records.control.Transcript.PracticalLine;
import org.dnacademy.records.control.Transcript.ReadingLine;
import org.junit.jupiter.api.Test;

class TranscriptPdfTest {

    private static final Instant GENERATED = Instant.parse("2026-03-04T09:07:00Z");
    private static final String NOTICE = "Some characters could not be shown in this font and appear as ?.";
    private static final String CODE = "DNA-7K3M-Q9XW-2HJP-4RTVC";
    /** No text closer to the paper's edge than this, in points. */
    private static final float EDGE = 20;

    @Test
    void aSmallTranscriptPrintsTheTraineesRecordOnOnePage() throws IOException {
        byte[] bytes = TranscriptPdf.render(small("Ana Li", "Pulled back after an audit"));
        String text = text(bytes);
        assertAll(
                () -> assertTrue(text.contains("DN Academy: training transcript"), text),
                () -> assertTrue(text.contains("Ana Li"), text),
                () -> assertTrue(text.contains("ana.li@example.org"), text),
                () -> assertTrue(text.contains("Cohorts: Spring 2026, Physio B"), text),
                () -> assertTrue(text.contains("Due date: 30 Jun 2026"), text),
                () -> assertTrue(text.contains("Programme certificate: Not certified"), text),
                () -> assertTrue(text.contains("Generated 4 Mar 2026 09:07 UTC by lead@example.org"), text),
                () -> assertTrue(text.contains("Upper trapezius"), text),
                () -> assertTrue(text.contains("Lumbar multifidus"), text),
                () -> assertTrue(text.contains("Passed"), text),
                () -> assertTrue(text.contains("In progress"), text),
                () -> assertTrue(text.contains("86%"), text),
                () -> assertTrue(text.contains("3/4"), text),
                () -> assertTrue(text.contains("2 Feb 2026"), text),
                () -> assertTrue(text.contains(CODE), text),
                () -> assertTrue(text.contains("Pulled back after an audit"), text),
                () -> assertTrue(text.contains("Good needle angle, check depth"), text),
                () -> assertTrue(text.contains("CPD"), "the CPD hours column (its header wraps): " + text),
                () -> assertTrue(text.contains("3.5"), "the module's CPD hours: " + text),
                () -> assertTrue(text.contains("Practical competence"), text),
                () -> assertTrue(text.contains("Safe thoracic technique"), text),
                () -> assertTrue(text.contains("Thoracic wall"), "the body region of a skill signed off by region: " + text),
                () -> assertTrue(text.contains("2 of 3"), text),
                () -> assertTrue(text.contains("Upper trapezius, attempt 2 \u2014 86% (pass mark 80%) Passed"), text),
                () -> assertTrue(text.contains("Started 2 Feb 2026 10:00 UTC, submitted 2 Feb 2026 10:12 UTC "
                        + "(trainee), took 12 min 5 s, module version 3f9a2c"), text),
                () -> assertTrue(text.contains("1. [1 / 1] Which landmark"), text),
                () -> assertTrue(text.contains("2. [0.33 / 1] Which of these"), text),
                () -> assertTrue(text.contains("Answer given: Not answered"), text),
                () -> assertTrue(text.contains("Answer given: Acromion; Spine of scapula"), text),
                () -> assertTrue(text.contains("Correct answer: C7 spinous process"), text),
                () -> assertTrue(text.contains("2 Feb 2026 09:30 UTC"), text),
                () -> assertTrue(text.contains("Ana Li \u2014 transcript generated 4 Mar 2026"), text),
                () -> assertTrue(text.contains("Page 1 of 1"), text),
                () -> assertFalse(text.contains("null"), text),
                () -> assertFalse(text.contains(NOTICE), text));
    }

    @Test
    void describesItselfInTheDocumentInformation() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TranscriptPdf.render(small("Ana Li", "")))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Transcript: Ana Li", info.getTitle());
            assertEquals("DN Academy", info.getAuthor());
            assertEquals("DN Academy", info.getCreator());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
        }
    }

    @Test
    void aBigTranscriptRunsOverNumberedPagesAndStaysInsideThem() throws IOException {
        byte[] bytes = TranscriptPdf.render(big());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 1, pages + " pages");
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("Page " + page + " of " + pages), "page " + page + ": " + text);
                assertTrue(text.contains("Bea Quartermaine \u2014 transcript generated 4 Mar 2026"), text);
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("30. [0.5 / 1] " + stem(20, 30)), "the last question of the last attempt");
            assertTrue(text.contains("Lesson 200 of the reading list"), "the last lesson read");
            assertTrue(text.contains("Quiz attempts"), text);
        }
        assertAllTextInsideThePages(bytes);
    }

    @Test
    void aTableContinuingOnANewPageRepeatsItsHeader() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TranscriptPdf.render(big()))) {
            int continued = 0;
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.contains("of the reading list")) {
                    continued++;
                    assertTrue(text.contains("Date/time"), "no header on page " + page + ": " + text);
                }
            }
            assertTrue(continued > 1, "the reading list spans " + continued + " pages");
        }
    }

    @Test
    void aLongUnbrokenWordIsBrokenOverLinesInsideItsColumn() throws IOException {
        String word = "abcdefghijklmnopqrstuvwxyz0123".repeat(10);
        assertEquals(300, word.length());
        byte[] bytes = TranscriptPdf.render(small("Ana Li", word));
        assertTrue(text(bytes).replaceAll("\\s", "").contains(word), text(bytes));
        assertAllTextInsideThePages(bytes);
    }

    @Test
    void aCommentTallerThanAPageFlowsOnToTheNextPages() throws IOException {
        StringBuilder comment = new StringBuilder();
        for (int i = 1; i <= 1200; i++) {
            comment.append("word").append(i).append(' ');
        }
        byte[] bytes = TranscriptPdf.render(small("Ana Li", comment.toString()));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() > 2, pdf.getNumberOfPages() + " pages");
        }
        String text = text(bytes);
        assertTrue(text.contains("word1 "), text);
        assertTrue(text.contains("word1200"), text);
        assertAllTextInsideThePages(bytes);
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksAndTheTranscriptSaysSo() throws IOException {
        byte[] bytes = TranscriptPdf.render(small("Zoë Ωmega 王 😀", "Line one\n\tline two\u0007 end"));
        String text = text(bytes);
        assertAll(
                () -> assertTrue(text.contains("Zoë Ωmega ? ?"), text),
                () -> assertTrue(text.contains("Line one line two end"), text),
                () -> assertTrue(text.contains(NOTICE), text),
                () -> assertTrue(text.contains("Zoë Ωmega ? ? \u2014 transcript generated"), text),
                () -> assertFalse(text.contains("王"), text),
                () -> assertFalse(text.contains("😀"), text));
        assertAllTextInsideThePages(bytes);
    }

    @Test
    void charactersTheFontHasNeedNoNotice() throws IOException {
        String text = text(TranscriptPdf.render(small("Zoë Ωmega Łukasz", "Line one\n\tline two")));
        assertTrue(text.lines().anyMatch("Zoë Ωmega Łukasz"::equals), text);
        assertTrue(text.contains("Line one line two"), text);
        assertFalse(text.contains(NOTICE), text);
    }

    @Test
    void emptyListsSaySo() throws IOException {
        Transcript empty = new Transcript("Ana Li", "ana.li@example.org", List.of(), null, GENERATED,
                "lead@example.org", "Not certified", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        String text = text(TranscriptPdf.render(empty));
        assertAll(
                () -> assertTrue(text.contains("No cohort"), text),
                () -> assertFalse(text.contains("Due date"), text),
                () -> assertTrue(text.contains("No modules."), text),
                () -> assertTrue(text.contains("No submitted attempts."), text),
                () -> assertTrue(text.contains("No lessons read yet."), text),
                () -> assertTrue(text.contains("No certificates."), text),
                () -> assertTrue(text.contains("No practical skills."), text),
                () -> assertTrue(text.contains("No practical sessions recorded."), text),
                () -> assertTrue(text.contains("Page 1 of 1"), text));
    }

    // ---- Test data ----

    private static Transcript small(String name, String practicalComment) {
        Instant started = Instant.parse("2026-02-02T10:00:00Z");
        List<AnswerLine> answers = List.of(
                new AnswerLine(1, "q-landmark", "Which landmark marks the lower neck?", List.of("C7 spinous process"),
                        List.of("C7 spinous process"), 1),
                new AnswerLine(2, "q-several", "Which of these are palpated first?",
                        List.of("Acromion", "Spine of scapula"), List.of("Acromion", "Spine of scapula", "Clavicle"),
                        1.0 / 3),
                new AnswerLine(3, "q-skipped", "When is dry needling contraindicated?", List.of(),
                        List.of("Over an infected area"), 0));
        return new Transcript(name, "ana.li@example.org", List.of("Spring 2026", "Physio B"), LocalDate.of(2026, 6, 30),
                GENERATED, "lead@example.org", "Not certified",
                List.of(new ModuleLine("Upper trapezius", "Passed", 4, 4, 2, 86, LocalDate.of(2026, 2, 2), CODE, "3.5"),
                        new ModuleLine("Lumbar multifidus", "In progress", 3, 4, 0, null, null, null, null)),
                List.of(new AttemptLine("Upper trapezius", 2, "3f9a2c", started, started.plusSeconds(725),
                        Duration.ofSeconds(725), 86, 80, true, "trainee", answers)),
                List.of(new ReadingLine(Instant.parse("2026-02-02T09:30:00Z"), "Upper trapezius", "Anatomy")),
                List.of(new CertificateLine(CODE, "Upper trapezius", LocalDate.of(2026, 2, 2), LocalDate.of(2027, 2, 2),
                        "Revoked", "Pulled back after an audit")),
                List.of(new CompetenceLine("Safe thoracic technique", true, "Thoracic wall", "2 of 3", false),
                        new CompetenceLine("Clean technique", true, null, "3 of 3", true)),
                List.of(new PracticalLine(LocalDate.of(2026, 2, 10), "Needling the upper trapezius", "Neck",
                        "Signed off", "Dr Supervisor", "Good needle angle, check depth. " + practicalComment)));
    }

    private static Transcript big() {
        List<ModuleLine> modules = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            modules.add(new ModuleLine("Module " + m + " with a fairly long title about a region of the body",
                    m % 2 == 0 ? "Passed" : "In progress", m, 6, 3, 50 + m, LocalDate.of(2026, 1, m), CODE, "2"));
        }
        List<AttemptLine> attempts = new ArrayList<>();
        for (int a = 1; a <= 20; a++) {
            List<AnswerLine> answers = new ArrayList<>();
            for (int q = 1; q <= 30; q++) {
                answers.add(new AnswerLine(q, "q" + q, stem(a, q), List.of("Option A for question " + q),
                        List.of("Option B for question " + q, "Option C"), q % 3 == 0 ? 0.5 : 1));
            }
            Instant started = Instant.parse("2026-01-01T08:00:00Z").plusSeconds(86_400L * a);
            attempts.add(new AttemptLine("Module " + (a % 6 + 1), a, "ab12cd", started, started.plusSeconds(1_500),
                    Duration.ofSeconds(1_500), 70, 80, false, "time limit", answers));
        }
        List<ReadingLine> reading = new ArrayList<>();
        for (int r = 1; r <= 200; r++) {
            reading.add(new ReadingLine(Instant.parse("2026-01-01T08:00:00Z").plusSeconds(3_600L * r),
                    "Module " + (r % 6 + 1), "Lesson " + r + " of the reading list"));
        }
        return new Transcript("Bea Quartermaine", "bea@example.org", List.of("Autumn 2025"), null, GENERATED,
                "admin@example.org", "Valid until 3 Mar 2028 (" + CODE + ")", modules, attempts, reading,
                List.of(new CertificateLine(CODE, "Module 2", LocalDate.of(2026, 1, 2), LocalDate.of(2027, 1, 2),
                        "Valid", null)),
                List.of(new CompetenceLine("Needling", true, "Neck", "1 of 3", false)),
                List.of(new PracticalLine(LocalDate.of(2026, 2, 10), "Needling", "Neck", "Pending", null, null)));
    }

    /** A long question, unique per attempt and position. */
    private static String stem(int attempt, int question) {
        return "Attempt " + attempt + " question " + question + ": in a patient with chronic neck pain and a "
                + "palpable taut band in the upper trapezius, which needle direction and depth keep the apex of the "
                + "lung out of reach while still reaching the trigger point, and what do you check first?";
    }

    // ---- Reading the PDF back ----

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Every glyph lies at least {@link #EDGE} points inside its page. */
    private static void assertAllTextInsideThePages(byte[] bytes) throws IOException {
        List<String> outside = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    for (TextPosition position : positions) {
                        float x = position.getXDirAdj();
                        float y = position.getYDirAdj();
                        if (x < EDGE || x + position.getWidthDirAdj() > box.getWidth() - EDGE
                                || y - position.getHeightDir() < EDGE || y > box.getHeight() - EDGE) {
                            outside.add("'" + position.getUnicode() + "' at " + x + "," + y + " on page "
                                    + getCurrentPageNo());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(pdf);
        }
        assertTrue(outside.isEmpty(), outside.size() + " glyphs outside, first: "
                + outside.subList(0, Math.min(20, outside.size())));
    }
}
