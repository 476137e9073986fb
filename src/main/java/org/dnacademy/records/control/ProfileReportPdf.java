package org.dnacademy.records.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.dnacademy.platform.pdf.FlowingPages;
import org.dnacademy.platform.pdf.PdfHouse;
import org.dnacademy.platform.pdf.TextStyle;
import org.dnacademy.progress.entity.ProfileStanding;

/**
 * Renders a {@link ProfileReport} as an A4 PDF for a board: who the trainee is and the profile
 * (with its sources and version), the standing against every requirement, the hours log, every
 * signed assessment of a supervised session with the statement its signer attested, the
 * certificates, adverse events, and what the platform does not check. Laid out with the house
 * style's {@link FlowingPages}, like the transcript.
 */
public final class ProfileReportPdf {

    private static final String DASH = "\u2014";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final TextStyle TITLE = new TextStyle(18, PdfHouse.BRAND);
    private static final TextStyle NAME = new TextStyle(13, PdfHouse.INK);
    private static final TextStyle ENTRY = new TextStyle(10, PdfHouse.INK);
    private static final TextStyle BODY = FlowingPages.BODY;
    private static final TextStyle DETAIL = new TextStyle(8.5f, PdfHouse.MUTED);
    private static final TextStyle ALERT = new TextStyle(9.5f, PdfHouse.WARNING);
    private static final float INDENT = 14;

    private ProfileReportPdf() {
    }

    public static byte[] render(ProfileReport report) {
        try (PDDocument pdf = new PDDocument()) {
            FlowingPages pages = new FlowingPages(pdf, PdfHouse.font(pdf));
            summary(pages, report);
            standing(pages, report.standing());
            hours(pages, report);
            sessions(pages, report);
            certificates(pages, report);
            adverseEvents(pages, report);
            notChecked(pages, report);
            if (pages.replacedCharacters()) {
                pages.gap(8);
                pages.paragraph("Some characters could not be shown in this font and appear as ?.", ALERT);
            }
            pages.finish(report.traineeName(), "profile report generated " + DATE.format(report.generatedAt().atZone(ZoneOffset.UTC)));
            PdfHouse.describe(pdf, "Requirement profile report: " + report.traineeName() + ", " + report.profileTitle(), report.profileId(),
                    null, report.generatedAt());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the profile report of " + report.traineeEmail(), e);
        }
    }

    private static void summary(FlowingPages pages, ProfileReport report) throws IOException {
        pages.paragraph(PdfHouse.PLATFORM + ": requirement profile report", TITLE);
        pages.gap(6);
        pages.paragraph(report.traineeName(), NAME);
        pages.paragraph(report.traineeEmail(), DETAIL);
        pages.paragraph("Declared professional standing: " + (report.professional() == null ? "none declared" : report.professional()), BODY);
        pages.paragraph(report.cohorts().isEmpty() ? "No cohort" : "Cohorts: " + String.join(", ", report.cohorts()), BODY);
        pages.gap(6);
        pages.paragraph("Profile: " + report.profileTitle() + " (" + report.jurisdiction() + ")", ENTRY);
        pages.paragraph("Profile id " + report.profileId() + ", version " + report.profileVersion().substring(0, 12), DETAIL);
        for (String source : report.sources()) {
            pages.indented("Source: " + source, DETAIL, INDENT);
        }
        pages.paragraph("Generated " + DATE_TIME.format(report.generatedAt()) + " by " + report.generatedBy(), DETAIL);
    }

    private static void standing(FlowingPages pages, ProfileStanding standing) throws IOException {
        pages.heading("Standing against the profile: " + standing.getMetCount() + " of " + standing.lines().size() + " requirements met");
        FlowingPages.Table table = pages.table(new FlowingPages.Column("Requirement", 3), new FlowingPages.Column("Needed", 2),
                new FlowingPages.Column("Evidence", 3), new FlowingPages.Column("Met", 0.7f));
        for (ProfileStanding.Line line : standing.lines()) {
            table.row(line.requirement(), line.needed(), line.have(), line.met() ? "Yes" : "No");
        }
    }

    private static void hours(FlowingPages pages, ProfileReport report) throws IOException {
        pages.heading("Hours of instruction");
        if (report.hours().isEmpty()) {
            pages.paragraph("No hours recorded.", BODY);
            return;
        }
        FlowingPages.Table table = pages.table(new FlowingPages.Column("Date", 1.2f), new FlowingPages.Column("Activity", 3.5f),
                new FlowingPages.Column("Delivery", 1.5f), new FlowingPages.Column("Hours", 0.7f), new FlowingPages.Column("State", 2));
        for (ProfileReport.HoursLine line : report.hours()) {
            table.row(date(line.on()), line.what(), line.mode(), line.hours().stripTrailingZeros().toPlainString(), line.state());
        }
    }

    private static void sessions(FlowingPages pages, ProfileReport report) throws IOException {
        pages.heading("Supervised sessions: signed assessments");
        if (report.sessions().isEmpty()) {
            pages.paragraph("No signed assessments.", BODY);
            return;
        }
        for (ProfileReport.SessionLine line : report.sessions()) {
            pages.gap(6);
            pages.keep(ENTRY.leading() + 4 * DETAIL.leading());
            pages.paragraph(date(line.performedOn()) + ": " + line.skill() + ", " + line.region() + " " + DASH + " " + line.outcome()
                    + (line.standing() ? "" : " (later corrected)"), ENTRY);
            pages.indented("Observed " + (line.observation() == null ? DASH : line.observation().toLowerCase(Locale.ROOT)) + "; signed by "
                    + line.signer() + " on " + DATE_TIME.format(line.decidedAt()), DETAIL, INDENT);
            if (line.signerDetails() != null) {
                pages.indented("Signer's declared standing: " + line.signerDetails(), DETAIL, INDENT);
            }
            if (line.correction() != null) {
                pages.indented(line.correction(), DETAIL, INDENT);
            }
            if (line.statement() != null) {
                for (String paragraph : line.statement().split("\n")) {
                    pages.indented("Attested: " + paragraph, BODY, INDENT);
                }
            }
        }
    }

    private static void certificates(FlowingPages pages, ProfileReport report) throws IOException {
        pages.heading("Certificates");
        if (report.certificates().isEmpty()) {
            pages.paragraph("No certificates.", BODY);
            return;
        }
        FlowingPages.Table table = pages.table(new FlowingPages.Column("Code", 2.9f), new FlowingPages.Column("Certificate", 2.4f),
                new FlowingPages.Column("Issued", 1.2f), new FlowingPages.Column("Expires", 1.2f), new FlowingPages.Column("Status", 1.2f));
        for (Transcript.CertificateLine line : report.certificates()) {
            table.row(line.code(), line.title(), date(line.issuedOn()), date(line.expiresOn()), line.status());
        }
    }

    private static void adverseEvents(FlowingPages pages, ProfileReport report) throws IOException {
        pages.heading("Adverse events during supervised practice");
        if (report.adverseEvents().isEmpty()) {
            pages.paragraph("None recorded.", BODY);
            return;
        }
        FlowingPages.Table table = pages.table(new FlowingPages.Column("Recorded", 1.5f), new FlowingPages.Column("Session", 1.1f),
                new FlowingPages.Column("Grade", 1.1f), new FlowingPages.Column("Type", 1.6f), new FlowingPages.Column("Actions taken", 3),
                new FlowingPages.Column("Referral", 1.4f));
        for (ProfileReport.AdverseEventLine line : report.adverseEvents()) {
            table.row(DATE_TIME.format(line.reportedAt()), date(line.sessionOn()), line.grade(), line.type(), orDash(line.actions()),
                    orDash(line.referral()));
        }
    }

    private static void notChecked(FlowingPages pages, ProfileReport report) throws IOException {
        pages.heading("Not checked by DN Academy");
        pages.paragraph(report.notChecked(), BODY);
        if (report.finalAttestation() != null) {
            pages.gap(6);
            pages.paragraph("The profile asks the supervisor to sign once, at the end, outside this report: " + report.finalAttestation(), BODY);
        }
    }

    private static String date(LocalDate day) {
        return day == null ? DASH : DATE.format(day);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? DASH : text;
    }
}
