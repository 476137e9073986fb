package org.dnacademy.records.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.dnacademy.platform.pdf.FlowingPages;
import org.dnacademy.platform.pdf.PdfHouse;
import org.dnacademy.platform.pdf.TextStyle;
import org.dnacademy.records.control.Transcript.AnswerLine;
import org.dnacademy.records.control.Transcript.AttemptLine;
import org.dnacademy.records.control.Transcript.CertificateLine;
import org.dnacademy.records.control.Transcript.CompetenceLine;
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

    private static final String NOTICE = "Some characters could not be shown in this font and appear as ?.";
    private static final String DASH = "\u2014";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'",
            Locale.UK).withZone(ZoneOffset.UTC);

    /** How far the answers are set in under their question. */
    private static final float INDENT = 14;

    private static final TextStyle TITLE = new TextStyle(18, PdfHouse.BRAND);
    private static final TextStyle NAME = new TextStyle(13, PdfHouse.INK);
    private static final TextStyle ATTEMPT = new TextStyle(10.5f, PdfHouse.INK);
    private static final TextStyle BODY = FlowingPages.BODY;
    private static final TextStyle DETAIL = new TextStyle(8.5f, PdfHouse.MUTED);
    private static final TextStyle ALERT = new TextStyle(9.5f, PdfHouse.WARNING);

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
            FlowingPages pages = new FlowingPages(pdf, PdfHouse.font(pdf));
            summary(pages, transcript, notice);
            modules(pages, transcript.modules());
            attempts(pages, transcript.attempts());
            reading(pages, transcript.reading());
            certificates(pages, transcript.certificates());
            competence(pages, transcript.competence());
            practical(pages, transcript.practical());
            pages.finish(transcript.traineeName(), "transcript generated " + date(transcript.generatedAt()));
            describe(pdf, transcript);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return new Rendering(bytes.toByteArray(), pages.replacedCharacters());
        }
    }

    private static void describe(PDDocument pdf, Transcript transcript) {
        PdfHouse.describe(pdf, "Transcript: " + transcript.traineeName(), null, null, transcript.generatedAt());
    }

    // ---- Sections, in the order they are printed ----

    private static void summary(FlowingPages pages, Transcript transcript, boolean notice) throws IOException {
        pages.paragraph(PdfHouse.PLATFORM + ": training transcript", TITLE);
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

    private static void modules(FlowingPages pages, List<ModuleLine> modules) throws IOException {
        tableSection(pages, "Modules", "No modules.", modules, module -> new String[] {module.title(), orDash(module.cpdHours()), module.status(),
                module.lessonsRead() + "/" + module.lessonCount(), String.valueOf(module.attempts()),
                module.bestScore() == null ? DASH : module.bestScore() + "%", date(module.passedOn()), orDash(module.certificate())},
                new FlowingPages.Column("Module", 2.2f), new FlowingPages.Column("CPD hours", 0.8f), new FlowingPages.Column("Status", 1.1f),
                new FlowingPages.Column("Lessons", 0.9f), new FlowingPages.Column("Attempts", 0.9f), new FlowingPages.Column("Best score", 0.9f),
                new FlowingPages.Column("Passed on", 1.2f), new FlowingPages.Column("Certificate", 3.4f));
    }

    /** A heading, then a table with one row per item, or a line saying there are none. */
    private static <T> void tableSection(FlowingPages pages, String heading, String none, List<T> items, Function<T, String[]> cells,
            FlowingPages.Column... columns) throws IOException {
        pages.heading(heading);
        if (items.isEmpty()) {
            pages.paragraph(none, BODY);
            return;
        }
        FlowingPages.Table table = pages.table(columns);
        for (T item : items) {
            table.row(cells.apply(item));
        }
    }

    private static void attempts(FlowingPages pages, List<AttemptLine> attempts) throws IOException {
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
    private static void attempt(FlowingPages pages, AttemptLine attempt) throws IOException {
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
    private static void answer(FlowingPages pages, AnswerLine answer) throws IOException {
        pages.gap(3);
        pages.keep(3 * BODY.leading());
        pages.paragraph(answer.position() + ". [" + points(answer.points()) + " / 1] " + answer.stem(), BODY);
        String given = answer.given().isEmpty() ? "Not answered" : String.join("; ", answer.given());
        pages.indented("Answer given: " + given, DETAIL, INDENT);
        pages.indented("Correct answer: " + String.join("; ", answer.key()), DETAIL, INDENT);
    }

    private static void reading(FlowingPages pages, List<ReadingLine> reading) throws IOException {
        tableSection(pages, "Lessons read", "No lessons read yet.", reading,
                line -> new String[] {dateTime(line.completedAt()), line.moduleTitle(), line.lessonTitle()},
                new FlowingPages.Column("Date/time", 1.3f), new FlowingPages.Column("Module", 2), new FlowingPages.Column("Lesson", 3));
    }

    private static void certificates(FlowingPages pages, List<CertificateLine> certificates) throws IOException {
        tableSection(pages, "Certificates", "No certificates.", certificates, certificate -> new String[] {certificate.code(),
                certificate.title(), date(certificate.issuedOn()), date(certificate.expiresOn()), certificate.status(), certificate.note()},
                new FlowingPages.Column("Code", 2.9f), new FlowingPages.Column("Certificate", 2.2f), new FlowingPages.Column("Issued", 1.2f), new FlowingPages.Column("Expires", 1.2f),
                new FlowingPages.Column("Status", 1.1f), new FlowingPages.Column("Note", 2));
    }

    private static void competence(FlowingPages pages, List<CompetenceLine> competence) throws IOException {
        tableSection(pages, "Practical competence", "No practical skills.", competence, line -> new String[] {
                line.skill() + (line.required() ? "" : " (optional)"), line.region() == null ? "Any" : line.region(), line.progress(),
                line.signedOff() ? "Signed off" : "In progress"},
                new FlowingPages.Column("Skill", 3), new FlowingPages.Column("Body region", 2), new FlowingPages.Column("Competent sessions", 1.3f),
                new FlowingPages.Column("State", 1.2f));
    }

    private static void practical(FlowingPages pages, List<PracticalLine> practical) throws IOException {
        tableSection(pages, "Practical skills", "No practical sessions recorded.", practical, line -> new String[] {
                date(line.performedOn()), line.skill(), line.bodyRegion(), line.state(), orDash(line.decidedBy()), line.comment()},
                new FlowingPages.Column("Date", 1.1f), new FlowingPages.Column("Skill", 1.8f), new FlowingPages.Column("Body region", 1.3f), new FlowingPages.Column("State", 1.1f),
                new FlowingPages.Column("Decided by", 1.6f), new FlowingPages.Column("Comment", 2.6f));
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
}
