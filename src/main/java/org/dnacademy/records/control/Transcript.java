package org.dnacademy.records.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A trainee's record as it is printed in a PDF transcript: plain values, already checked for
 * access and put in order, so {@link TranscriptPdf} only lays them out.
 *
 * @param cohorts     names of the trainee's cohorts, possibly empty
 * @param dueDate     the earliest due date of their cohorts, or {@code null}
 * @param generatedBy who asked for the transcript (an e-mail address), printed for the audit trail
 * @param programme   the programme certificate's status line, e.g. "Valid until 3 March 2028 (ABCD-...)",
 *                    or "Not certified"
 */
public record Transcript(String traineeName, String traineeEmail, List<String> cohorts, LocalDate dueDate,
        Instant generatedAt, String generatedBy, String programme, List<ModuleLine> modules, List<AttemptLine> attempts,
        List<ReadingLine> reading, List<CertificateLine> certificates, List<CompetenceLine> competence, List<PracticalLine> practical) {

    /**
     * One module's standing: status label ("Passed", "In progress"...), best score in whole percent.
     *
     * @param cpdHours the CPD hours the module declares, e.g. "3.5"
     */
    public record ModuleLine(String title, String status, int lessonsRead, int lessonCount, int attempts,
            Integer bestScore, LocalDate passedOn, String certificate, String cpdHours) {
    }

    /**
     * Where the trainee stands in one practical skill, in one body region (or overall).
     *
     * @param region   the body region, or null for a skill not signed off by region
     * @param progress competent observed sessions against those needed, e.g. "2 of 3"
     */
    public record CompetenceLine(String skill, boolean required, String region, String progress, boolean signedOff) {
    }

    /**
     * One submitted attempt.
     *
     * @param version    the module version's short form (first characters of its content hash)
     * @param scorePercent whole percent
     * @param submittedBy how it ended ("trainee", "time limit")
     */
    public record AttemptLine(String moduleTitle, int number, String version, Instant startedAt, Instant submittedAt,
            Duration duration, int scorePercent, int passMark, boolean passed, String submittedBy, List<AnswerLine> answers) {
    }

    /**
     * One question of an attempt.
     *
     * @param given  the option texts the trainee chose, empty when unanswered
     * @param key    the correct option texts
     * @param points points awarded out of 1
     */
    public record AnswerLine(int position, String questionId, String stem, List<String> given, List<String> key,
            double points) {
    }

    /** One lesson finished. */
    public record ReadingLine(Instant completedAt, String moduleTitle, String lessonTitle) {
    }

    /** One certificate, whatever its state; {@code note} carries a revocation reason or what superseded it. */
    public record CertificateLine(String code, String title, LocalDate issuedOn, LocalDate expiresOn, String status,
            String note) {
    }

    /** One supervised practical session and where it stands. */
    public record PracticalLine(LocalDate performedOn, String skill, String bodyRegion, String state, String decidedBy,
            String comment) {
    }
}
