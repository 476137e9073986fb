package org.dnacademy.records.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.dnacademy.records.control.Transcript.AnswerLine;
import org.dnacademy.records.control.Transcript.AttemptLine;
import org.dnacademy.records.control.Transcript.CertificateLine;
import org.dnacademy.records.control.Transcript.ModuleLine;
import org.dnacademy.records.control.Transcript.PracticalLine;
import org.dnacademy.records.control.Transcript.ReadingLine;

/**
 * Renders a trainee's {@link Transcript} as an A4 portrait PDF of as many pages as it needs: a
 * summary, then modules, quiz attempts with every answer, lessons read, certificates and practical
 * skills, each under its heading. Text wraps inside its column, tables repeat their header row on
 * every page they continue on, and nothing is drawn below the bottom margin.
 *
 * <p>Pages are rendered in two passes. The first flows the content down as many pages as it takes;
 * only then is the page count known, so a second pass appends the footer ("Page N of M") to every
 * page.
 *
 * <p>All text is set in Liberation Sans, which PDFBox bundles (regular only, so headings differ by
 * size and colour). Text from users never stops a transcript: line breaks, tabs and other control
 * characters become single spaces, and each character the font lacks (CJK, emoji) prints as "?". A
 * line near the top then says so; as that is only known once everything is laid out, such a
 * transcript is laid out a second time with that line.
 */
public final class TranscriptPdf {

    private static final String PLATFORM = "DN Academy";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String NOTICE = "Some characters could not be shown in this font and appear as ?.";
    private static final String DASH = "\u2014";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'",
            Locale.UK).withZone(ZoneOffset.UTC);

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 54;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** Baseline of the footer; content stays above {@link #BOTTOM}, clear of it. */
    private static final float FOOTER_BASELINE = MARGIN - 8;
    private static final float BOTTOM = MARGIN + 16;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    /** Space between table columns. */
    private static final float GUTTER = 6;
    /** Space above and below the text of a table row. */
    private static final float CELL_PADDING = 2.5f;
    /** How far the answers are set in under their question. */
    private static final float INDENT = 14;

    private static final int INK = 0x1F2933;
    private static final int MUTED = 0x52606D;
    private static final int BRAND = 0x0F4C5C;
    private static final int WARNING = 0x8D2B0B;
    private static final int RULE = 0xCBD2D9;

    private static final Style TITLE = new Style(18, BRAND);
    private static final Style NAME = new Style(13, INK);
    private static final Style HEADING = new Style(13, BRAND);
    private static final Style ATTEMPT = new Style(10.5f, INK);
    private static final Style BODY = new Style(9.5f, INK);
    private static final Style DETAIL = new Style(8.5f, MUTED);
    private static final Style ALERT = new Style(9.5f, WARNING);
    private static final Style CELL = new Style(8, INK);
    private static final Style HEADER_CELL = new Style(8, MUTED);
    private static final Style FOOTER = new Style(8, MUTED);

    private TranscriptPdf() {
    }

    /** The transcript as PDF bytes; any text prints, characters the font lacks as "?". */
    public static byte[] render(Transcript transcript) {
        try {
            Rendering plain = render(transcript, false);
            return plain.replacedCharacters() ? render(transcript, true).pdf() : plain.pdf();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the transcript of " + transcript.traineeEmail(), e);
        }
    }

    /** The PDF, and whether any character had to be printed as "?". */
    private record Rendering(byte[] pdf, boolean replacedCharacters) {
    }

    private static Rendering render(Transcript transcript, boolean notice) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            Pages pages = new Pages(pdf, new Glyphs(loadFont(pdf)));
            summary(pages, transcript, notice);
            modules(pages, transcript.modules());
            attempts(pages, transcript.attempts());
            reading(pages, transcript.reading());
            certificates(pages, transcript.certificates());
            practical(pages, transcript.practical());
            pages.finish(transcript.traineeName(), "transcript generated " + date(transcript.generatedAt()));
            describe(pdf, transcript);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return new Rendering(bytes.toByteArray(), pages.replacedCharacters());
        }
    }

    private static PDFont loadFont(PDDocument pdf) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("PDFBox no longer bundles " + FONT);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    private static void describe(PDDocument pdf, Transcript transcript) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle("Transcript: " + Glyphs.normalise(transcript.traineeName()));
        info.setAuthor(PLATFORM);
        info.setCreator(PLATFORM);
        if (transcript.generatedAt() != null) {
            ZonedDateTime generated = transcript.generatedAt().atZone(ZoneOffset.UTC);
            info.setCreationDate(GregorianCalendar.from(generated));
        }
        pdf.getDocumentCatalog().setLanguage("en-GB");
    }

    // ---- Sections, in the order they are printed ----

    private static void summary(Pages pages, Transcript transcript, boolean notice) throws IOException {
        pages.paragraph(PLATFORM + ": training transcript", TITLE);
        pages.gap(6);
        pages.paragraph(transcript.traineeName(), NAME);
        pages.paragraph(transcript.traineeEmail(), DETAIL);
        pages.gap(6);
        pages.paragraph(cohorts(transcript.cohorts()), BODY);
        if (transcript.dueDate() != null) {
            pages.paragraph("Due date: " + date(transcript.dueDate()), BODY);
        }
        pages.paragraph("Programme certificate: " + orDash(transcript.programme()), BODY);
        pages.paragraph("Generated " + dateTime(transcript.generatedAt()) + " by " + transcript.generatedBy(), DETAIL);
        if (notice) {
            pages.gap(4);
            pages.paragraph(NOTICE, ALERT);
        }
    }

    private static String cohorts(List<String> cohorts) {
        if (cohorts.isEmpty()) {
            return "No cohort";
        }
        return (cohorts.size() == 1 ? "Cohort: " : "Cohorts: ") + String.join(", ", cohorts);
    }

    private static void modules(Pages pages, List<ModuleLine> modules) throws IOException {
        tableSection(pages, "Modules", "No modules.", modules, module -> new String[] {module.title(), module.status(),
                module.lessonsRead() + "/" + module.lessonCount(), String.valueOf(module.attempts()),
                module.bestScore() == null ? DASH : module.bestScore() + "%", date(module.passedOn()), orDash(module.certificate())},
                new Column("Module", 2.5f), new Column("Status", 1.2f), new Column("Lessons", 0.9f), new Column("Attempts", 0.9f),
                new Column("Best score", 0.9f), new Column("Passed on", 1.2f), new Column("Certificate", 2.8f));
    }

    /** A heading, then a table with one row per item, or a line saying there are none. */
    private static <T> void tableSection(Pages pages, String heading, String none, List<T> items, Function<T, String[]> cells,
            Column... columns) throws IOException {
        pages.heading(heading);
        if (items.isEmpty()) {
            pages.paragraph(none, BODY);
            return;
        }
        Pages.Table table = pages.table(columns);
        for (T item : items) {
            table.row(cells.apply(item));
        }
    }

    private static void attempts(Pages pages, List<AttemptLine> attempts) throws IOException {
        pages.heading("Quiz attempts");
        if (attempts.isEmpty()) {
            pages.paragraph("No submitted attempts.", BODY);
            return;
        }
        for (AttemptLine attempt : attempts) {
            attempt(pages, attempt);
        }
    }

    /** The score and how the attempt went, then every question. */
    private static void attempt(Pages pages, AttemptLine attempt) throws IOException {
        pages.gap(8);
        pages.keep(ATTEMPT.leading() + 2 * DETAIL.leading() + 3 * BODY.leading());
        pages.paragraph(attempt.moduleTitle() + ", attempt " + attempt.number() + " " + DASH + " "
                + attempt.scorePercent() + "% (pass mark " + attempt.passMark() + "%) "
                + (attempt.passed() ? "Passed" : "Not passed"), ATTEMPT);
        pages.paragraph("Started " + dateTime(attempt.startedAt()) + ", submitted " + dateTime(attempt.submittedAt())
                + " (" + attempt.submittedBy() + "), took " + duration(attempt.duration())
                + ", module version " + attempt.version(), DETAIL);
        for (AnswerLine answer : attempt.answers()) {
            answer(pages, answer);
        }
    }

    /** The question with the points it earned, then what was answered and what was right. */
    private static void answer(Pages pages, AnswerLine answer) throws IOException {
        pages.gap(3);
        pages.keep(3 * BODY.leading());
        pages.paragraph(answer.position() + ". [" + points(answer.points()) + " / 1] " + answer.stem(), BODY);
        String given = answer.given().isEmpty() ? "Not answered" : String.join("; ", answer.given());
        pages.indented("Answer given: " + given, DETAIL, INDENT);
        pages.indented("Correct answer: " + String.join("; ", answer.key()), DETAIL, INDENT);
    }

    private static void reading(Pages pages, List<ReadingLine> reading) throws IOException {
        tableSection(pages, "Lessons read", "No lessons read yet.", reading,
                line -> new String[] {dateTime(line.completedAt()), line.moduleTitle(), line.lessonTitle()},
                new Column("Date/time", 1.3f), new Column("Module", 2), new Column("Lesson", 3));
    }

    private static void certificates(Pages pages, List<CertificateLine> certificates) throws IOException {
        tableSection(pages, "Certificates", "No certificates.", certificates, certificate -> new String[] {certificate.code(),
                certificate.title(), date(certificate.issuedOn()), date(certificate.expiresOn()), certificate.status(), certificate.note()},
                new Column("Code", 2.9f), new Column("Certificate", 2.2f), new Column("Issued", 1.2f), new Column("Expires", 1.2f),
                new Column("Status", 1.1f), new Column("Note", 2));
    }

    private static void practical(Pages pages, List<PracticalLine> practical) throws IOException {
        tableSection(pages, "Practical skills", "No practical sessions recorded.", practical, line -> new String[] {
                date(line.performedOn()), line.skill(), line.bodyRegion(), line.state(), orDash(line.decidedBy()), line.comment()},
                new Column("Date", 1.1f), new Column("Skill", 1.8f), new Column("Body region", 1.3f), new Column("State", 1.1f),
                new Column("Decided by", 1.6f), new Column("Comment", 2.6f));
    }

    // ---- Formatting of values ----

    private static String date(LocalDate date) {
        return date == null ? DASH : DATE.format(date);
    }

    private static String date(Instant instant) {
        return instant == null ? DASH : DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    private static String dateTime(Instant instant) {
        return instant == null ? DASH : DATE_TIME.format(instant);
    }

    private static String duration(Duration duration) {
        return duration == null ? DASH : duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }

    /** Points out of 1 with at most two decimals: "1", "0.5", "0.33". */
    private static String points(double points) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(points);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? DASH : text;
    }

    // ---- Layout ----

    /** Size and colour of a run of text; lines are spaced at 1.3 times the size. */
    private record Style(float size, int colour) {

        float leading() {
            return size * 1.3f;
        }
    }

    /** A table column: its header and its share of the text width, relative to the other columns. */
    private record Column(String header, float share) {
    }

    /**
     * Makes text printable in the font: runs of whitespace and control characters become one
     * space, and each character the font has no glyph for becomes "?". Remembers whether that
     * happened, so the transcript can say so.
     */
    private static final class Glyphs {

        private final PDFont font;
        private final Map<Integer, Boolean> known = new HashMap<>();
        private boolean replaced;

        Glyphs(PDFont font) {
            this.font = font;
        }

        String printable(String text) {
            StringBuilder printable = new StringBuilder();
            normalise(text).codePoints().forEach(codePoint -> {
                if (known.computeIfAbsent(codePoint, this::hasGlyph)) {
                    printable.appendCodePoint(codePoint);
                } else {
                    printable.append('?');
                    replaced = true;
                }
            });
            return printable.toString();
        }

        PDFont font() {
            return font;
        }

        boolean replaced() {
            return replaced;
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(Character.toString(codePoint));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        /** Line breaks, tabs and runs of spaces from a form field, as single spaces; null as empty. */
        static String normalise(String text) {
            return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Z}\\s]+", " ").strip();
        }
    }

    /**
     * Flows text down A4 pages from a cursor, starting a new page whenever the next line would go
     * below the bottom margin. {@code y} is the top of the free space on the current page, in points
     * from the bottom.
     */
    private static final class Pages {

        private final PDDocument pdf;
        private final Glyphs glyphs;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument pdf, Glyphs glyphs) throws IOException {
            this.pdf = pdf;
            this.glyphs = glyphs;
            newPage();
        }

        boolean replacedCharacters() {
            return glyphs.replaced();
        }

        void heading(String title) throws IOException {
            gap(16);
            // A heading is never left alone at the bottom of a page.
            keep(HEADING.leading() + 4 * BODY.leading());
            paragraph(title, HEADING);
            gap(3);
        }

        void paragraph(String text, Style style) throws IOException {
            indented(text, style, 0);
        }

        void indented(String text, Style style, float indent) throws IOException {
            for (String line : wrap(glyphs.printable(text), style, TEXT_WIDTH - indent)) {
                keep(style.leading());
                show(content, line, style, MARGIN + indent, baseline(style));
                y -= style.leading();
            }
        }

        /** Blank space, except at the top of a page. */
        void gap(float height) {
            if (y < TOP) {
                y -= height;
            }
        }

        /** Starts a new page unless {@code height} still fits on this one, or this one is still empty. */
        void keep(float height) throws IOException {
            if (y - height < BOTTOM && y < TOP) {
                newPage();
            }
        }

        Table table(Column... columns) throws IOException {
            return new Table(columns);
        }

        /** Ends the last page, then writes the footer on every page now that their number is known. */
        void finish(String traineeName, String generated) throws IOException {
            content.close();
            int count = pdf.getNumberOfPages();
            int number = 0;
            for (PDPage page : pdf.getPages()) {
                number++;
                try (PDPageContentStream footer = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                    footer(footer, traineeName, generated, "Page " + number + " of " + count);
                }
            }
        }

        /** A rule, the trainee and date at the left, the page number at the right. */
        private void footer(PDPageContentStream footer, String traineeName, String generated, String pageNumber)
                throws IOException {
            rule(footer, FOOTER_BASELINE + 11);
            float numberWidth = width(pageNumber, FOOTER);
            String after = " " + DASH + " " + generated;
            float nameWidth = TEXT_WIDTH - numberWidth - 2 * GUTTER - width(after, FOOTER);
            String name = shortened(glyphs.printable(traineeName), FOOTER, nameWidth);
            show(footer, name + after, FOOTER, MARGIN, FOOTER_BASELINE);
            show(footer, pageNumber, FOOTER, MARGIN + TEXT_WIDTH - numberWidth, FOOTER_BASELINE);
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = TOP;
        }

        /** The baseline of a line of this style set at the cursor. */
        private float baseline(Style style) {
            return y - style.size();
        }

        /**
         * Splits printable text into lines no wider than {@code width}, at spaces; a word wider than
         * a line is broken, after a hyphen if it has one.
         */
        private List<String> wrap(String text, Style style, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (width(longer, style) <= width) {
                    line = longer;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                List<String> pieces = pieces(word, style, width);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                line = pieces.get(pieces.size() - 1);
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        /** A word cut into pieces no wider than {@code width}; one piece if it fits whole. */
        private List<String> pieces(String word, Style style, float width) throws IOException {
            List<String> pieces = new ArrayList<>();
            String piece = "";
            for (int codePoint : word.codePoints().toArray()) {
                String glyph = Character.toString(codePoint);
                if (piece.isEmpty() || width(piece + glyph, style) <= width) {
                    piece += glyph;
                    continue;
                }
                int afterHyphen = piece.lastIndexOf('-') + 1;
                String rest = piece.substring(afterHyphen) + glyph;
                if (afterHyphen > 0 && width(rest, style) <= width) {
                    pieces.add(piece.substring(0, afterHyphen));
                    piece = rest;
                } else {
                    pieces.add(piece);
                    piece = glyph;
                }
            }
            pieces.add(piece);
            return pieces;
        }

        /** The text, cut short with an ellipsis if it is wider than {@code width}. */
        private String shortened(String text, Style style, float width) throws IOException {
            if (width(text, style) <= width) {
                return text;
            }
            String shorter = text;
            while (!shorter.isEmpty() && width(shorter + "\u2026", style) > width) {
                shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
            }
            return shorter + "\u2026";
        }

        private float width(String printable, Style style) throws IOException {
            return glyphs.font().getStringWidth(printable) / 1000 * style.size();
        }

        private void show(PDPageContentStream stream, String printable, Style style, float x, float baseline)
                throws IOException {
            if (printable.isEmpty()) {
                return;
            }
            float[] rgb = rgb(style.colour());
            stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            stream.beginText();
            stream.setFont(glyphs.font(), style.size());
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable);
            stream.endText();
        }

        private static void rule(PDPageContentStream stream, float at) throws IOException {
            float[] rgb = rgb(RULE);
            stream.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, at);
            stream.lineTo(MARGIN + TEXT_WIDTH, at);
            stream.stroke();
        }

        /**
         * A table being drawn row by row. Its header row is drawn above the first row on every page
         * the table reaches. A row moves to the next page whole, unless it is taller than a page: then
         * it starts where it is and flows on line by line.
         */
        final class Table {

            private final float[] left;
            private final float[] width;
            private final List<List<String>> header;
            /** The page the header was last drawn on, counting from 1. */
            private int headerPage;

            private Table(Column... columns) throws IOException {
                float shares = 0;
                for (Column column : columns) {
                    shares += column.share();
                }
                float available = TEXT_WIDTH - GUTTER * (columns.length - 1);
                left = new float[columns.length];
                width = new float[columns.length];
                header = new ArrayList<>();
                float x = MARGIN;
                for (int i = 0; i < columns.length; i++) {
                    left[i] = x;
                    width[i] = available * columns[i].share() / shares;
                    header.add(wrap(columns[i].header(), HEADER_CELL, width[i]));
                    x += width[i] + GUTTER;
                }
            }

            /** One row, a value per column; nulls print as empty cells. */
            void row(String... values) throws IOException {
                List<List<String>> cells = new ArrayList<>();
                for (int i = 0; i < values.length; i++) {
                    cells.add(wrap(glyphs.printable(values[i]), CELL, width[i]));
                }
                float headerHeight = height(header, HEADER_CELL);
                float rowHeight = height(cells, CELL);
                boolean fitsAPage = headerHeight + rowHeight <= TOP - BOTTOM;
                float start = fitsAPage ? rowHeight : 2 * CELL_PADDING + 3 * CELL.leading();
                keep((headerOnThisPage() ? 0 : headerHeight) + start);
                headerUnlessShown();
                draw(cells, CELL);
            }

            private boolean headerOnThisPage() {
                return headerPage == pdf.getNumberOfPages();
            }

            private void headerUnlessShown() throws IOException {
                if (!headerOnThisPage()) {
                    headerPage = pdf.getNumberOfPages();
                    draw(header, HEADER_CELL);
                }
            }

            /** Draws the cells' lines side by side, then a rule under them. */
            private void draw(List<List<String>> cells, Style style) throws IOException {
                y -= CELL_PADDING;
                for (int line = 0; line < lineCount(cells); line++) {
                    if (y - style.leading() < BOTTOM) {
                        // Only a row taller than a page gets here; it continues under the header.
                        newPage();
                        headerUnlessShown();
                        y -= CELL_PADDING;
                    }
                    for (int column = 0; column < cells.size(); column++) {
                        List<String> cell = cells.get(column);
                        if (line < cell.size()) {
                            show(content, cell.get(line), style, left[column], baseline(style));
                        }
                    }
                    y -= style.leading();
                }
                y -= CELL_PADDING;
                rule(content, y);
            }
        }
    }

    private static int lineCount(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private static float height(List<List<String>> cells, Style style) {
        return 2 * CELL_PADDING + lineCount(cells) * style.leading();
    }

    private static float[] rgb(int colour) {
        return new float[] {(colour >> 16 & 0xFF) / 255f, (colour >> 8 & 0xFF) / 255f, (colour & 0xFF) / 255f};
    }
}
