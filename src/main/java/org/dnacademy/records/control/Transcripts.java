package org.dnacademy.records.control;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.progress.entity.LessonCompletion;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.quiz.entity.AttemptQuestion;
import org.dnacademy.quiz.entity.SubmittedBy;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;
import org.dnacademy.training.entity.QuestionOption;

/**
 * Gathers one trainee's whole record into a {@link Transcript} for {@link TranscriptPdf}: the same
 * facts the record page shows (standing, every submitted attempt question by question, reading,
 * certificates, practical sessions), for a viewer who may see the trainee.
 */
@Stateless
public class Transcripts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    @Inject
    CompletionRecords records;

    @Inject
    Accounts accounts;

    @Inject
    Quizzes quizzes;

    @Inject
    Progress progress;

    @Inject
    Certificates certificates;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    Clock clock;

    /** The transcript, or empty when there is no such trainee or the viewer may not see them. */
    public Optional<Transcript> of(Account viewer, long traineeId) {
        return accounts.findById(traineeId).flatMap(trainee -> records.of(viewer, trainee)).map(record -> transcript(viewer, record));
    }

    private Transcript transcript(Account viewer, TraineeRecord record) {
        long id = record.trainee().getId();
        return new Transcript(record.trainee().getDisplayName(), record.trainee().getEmail(), record.cohorts(), record.dueDate(),
                clock.instant(), viewer.getEmail(), programme(record),
                record.modules().stream().map(Transcripts::module).toList(),
                quizzes.attemptsOf(id).stream().filter(a -> !a.isOpen()).map(Transcripts::attempt).toList(),
                readingOf(id),
                certificates.ofAccount(id).stream().map(this::certificate).toList(),
                practicalSkills.competence(id).stream().flatMap(c -> c.regions().stream().map(r -> new Transcript.CompetenceLine(
                        c.skill().getTitle(), c.skill().isRequired(), r.regionTitle(), r.getProgress(), r.isSignedOff()))).toList(),
                practicalSkills.sessions(id).stream().map(this::practical).toList());
    }

    private static String programme(TraineeRecord record) {
        Certificate held = record.programmeCertificate();
        if (held == null) {
            return "No programme certificate";
        }
        return record.programmeStatus().getLabel() + ", expires " + DATE.format(held.getExpiresOn()) + " (" + held.getCode() + ")";
    }

    private static Transcript.ModuleLine module(TraineeRecord.ModuleStanding standing) {
        String certificate = standing.certificate() == null ? null
                : standing.certificate().getCode() + " (" + standing.certificateStatus().getLabel() + ")";
        return new Transcript.ModuleLine(standing.module().getTitle(), standing.status().getLabel(), standing.lessonsRead(),
                standing.module().getLessons().size(), standing.attempts(), standing.bestScore(), standing.passedOn(), certificate,
                standing.module().getCpdHours() == null ? null : standing.module().getCpdHours().stripTrailingZeros().toPlainString());
    }

    private static Transcript.AttemptLine attempt(Attempt attempt) {
        return new Transcript.AttemptLine(attempt.getModuleVersion().getTitle(), attempt.getNumber(),
                attempt.getModuleVersion().getShortVersion(), attempt.getStartedAt(), attempt.getSubmittedAt(), attempt.getDuration(),
                attempt.getScoreWholePercent(), attempt.getPassMark(), attempt.isPassed(),
                attempt.getSubmittedBy() == SubmittedBy.TIME_LIMIT ? "time limit" : "by the trainee",
                attempt.getQuestions().stream().map(Transcripts::answer).toList());
    }

    private static Transcript.AnswerLine answer(AttemptQuestion question) {
        String stem = question.getQuestion().getQuestionCase() == null ? question.getQuestion().getStem()
                : "Case: " + question.getQuestion().getQuestionCase().getTitle() + ". " + question.getQuestion().getStem();
        return new Transcript.AnswerLine(question.getPosition(), question.getQuestion().getQuestionKey(), stem,
                question.getOptions().stream().filter(question::isChosen).map(QuestionOption::getText).toList(),
                question.getOptions().stream().filter(QuestionOption::isCorrect).map(QuestionOption::getText).toList(),
                question.getPoints() == null ? 0 : question.getPoints());
    }

    /** The lessons the trainee finished, oldest first, by title; a lesson since removed shows by its file name. */
    public List<Transcript.ReadingLine> readingOf(long traineeId) {
        List<LessonCompletion> completions = progress.completions(traineeId);
        Map<String, String> moduleTitles = new HashMap<>();
        Map<String, String> lessonTitles = new HashMap<>();
        for (ModuleVersion module : curriculum.currentModules()) {
            moduleTitles.put(module.getModuleKey(), module.getTitle());
            module.getLessons().forEach(lesson -> lessonTitles.put(module.getModuleKey() + "/" + lesson.getSlug(), lesson.getTitle()));
        }
        return completions.stream().map(c -> new Transcript.ReadingLine(c.getCompletedAt(),
                moduleTitles.getOrDefault(c.getModuleKey(), c.getModuleKey()),
                lessonTitles.getOrDefault(c.getModuleKey() + "/" + c.getLessonSlug(), c.getLessonSlug()))).toList();
    }

    private Transcript.CertificateLine certificate(Certificate certificate) {
        String note = null;
        if (certificate.getRevokedAt() != null) {
            note = "Revoked " + DATE.format(certificate.getRevokedAt().atZone(java.time.ZoneOffset.UTC)) + " by "
                    + certificate.getRevokedBy() + ": " + certificate.getRevocationReason();
        } else if (certificate.getSupersededById() != null) {
            note = "Replaced by " + certificates.get(certificate.getSupersededById()).getCode();
        }
        return new Transcript.CertificateLine(certificate.getCode(), certificate.getCertifiedFor(), certificate.getIssuedOn(),
                certificate.getExpiresOn(), certificates.statusOf(certificate).getLabel(), note);
    }

    /** The latest decision decides the state; the comment keeps the trainee's notes and every decision in order. */
    private Transcript.PracticalLine practical(PracticalSession session) {
        PracticalDecision latest = session.getLatestDecision();
        String decidedBy = latest == null ? null : emailOf(latest.getDecidedBy());
        List<String> comment = new java.util.ArrayList<>();
        if (session.getNotes() != null && !session.getNotes().isBlank()) {
            comment.add("Notes: " + session.getNotes());
        }
        session.getDecisions().stream().sorted(java.util.Comparator.comparing(PracticalDecision::getDecidedAt)).forEach(decision ->
                comment.add(decision.getOutcome().getLabel() + " " + DATE.format(decision.getDecidedAt().atZone(java.time.ZoneOffset.UTC))
                        + " by " + emailOf(decision.getDecidedBy())
                        + (decision.getCriticalStepsMissed().isEmpty() ? "" : ", critical steps not done: "
                                + decision.getCriticalStepsMissed().stream().map(m -> m.getStepText()).collect(java.util.stream.Collectors.joining(" / ")))
                        + (decision.getComment() == null ? "" : ": " + decision.getComment())
                        + (decision.isSigned() ? " [signed: " + decision.getSignedStatement() + "]" : "")));
        return new Transcript.PracticalLine(session.getPerformedOn(), session.getSkill().getTitle(), session.getBodyRegion(),
                session.getState(), decidedBy, comment.isEmpty() ? null : String.join(". ", comment));
    }

    private String emailOf(long accountId) {
        return accounts.findById(accountId).map(Account::getEmail).orElse("account " + accountId);
    }
}
