package org.dnacademy.quiz.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dnacademy.platform.RejectedException;
import org.dnacademy.training.content.Curriculum;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.content.QuestionType;
import org.dnacademy.training.entity.ModuleVersion;
import org.dnacademy.training.entity.Question;
import org.dnacademy.training.entity.QuestionOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The attempt's rules on the real foundations module (30-minute limit, pass mark 80). */
class AttemptTest {

    private static ModuleVersion module;
    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    @BeforeAll
    static void readCurriculum() {
        Curriculum curriculum = CurriculumReader.read(Path.of("modules"));
        module = new ModuleVersion(curriculum.module("foundations").orElseThrow(), curriculum.references(), START);
    }

    /**
     * Ten single-answer questions in written option order: eight ordinary ones and then two critical
     * items at positions 9 and 10, so the tests decide which kind is answered wrongly.
     */
    private static Attempt attempt() {
        List<Question> single = module.getQuestions().stream().filter(q -> q.getType() == QuestionType.SINGLE).toList();
        List<Question> questions = new java.util.ArrayList<>(single.stream().filter(q -> !q.isCritical()).limit(8).toList());
        questions.addAll(single.stream().filter(Question::isCritical).limit(2).toList());
        Map<Question, List<String>> orders = new HashMap<>();
        questions.forEach(q -> orders.put(q, q.getOptions().stream().map(QuestionOption::getOptionKey).toList()));
        return new Attempt(7, module, 1, START, questions, orders);
    }

    /** Saves an answer as the next revision, as a page would. */
    private static void save(Attempt attempt, int position, Set<String> options, Instant now) {
        int revision = position >= 1 && position <= attempt.getQuestions().size() ? attempt.question(position).getRevision() + 1 : 1;
        attempt.answer(position, options, false, revision, now);
    }

    private static String correct(AttemptQuestion question) {
        return question.getQuestion().getCorrectOptionKeys().iterator().next();
    }

    private static String wrong(AttemptQuestion question) {
        return question.getQuestion().getOptions().stream().filter(o -> !o.isCorrect()).findFirst().orElseThrow().getOptionKey();
    }

    @Test
    void eightOfTenIsExactlyThePassMarkAndPasses() {
        Attempt attempt = attempt();
        for (AttemptQuestion q : attempt.getQuestions()) {
            // The two ordinary questions at positions 7 and 8 are wrong; both critical items are right.
            save(attempt, q.getPosition(), Set.of(q.getPosition() == 7 || q.getPosition() == 8 ? wrong(q) : correct(q)), START.plusSeconds(60));
        }
        assertTrue(attempt.submit(START.plusSeconds(600), SubmittedBy.TRAINEE));
        assertEquals(80.0, attempt.getScorePercent(), 1e-9);
        assertTrue(attempt.isPassed());
        assertEquals(Duration.ofMinutes(10), attempt.getDuration());
    }

    @Test
    void oneCriticalItemWrongFailsTheAttemptWhateverTheScore() {
        Attempt attempt = attempt();
        for (AttemptQuestion q : attempt.getQuestions()) {
            save(attempt, q.getPosition(), Set.of(q.getPosition() == 10 ? wrong(q) : correct(q)), START.plusSeconds(60));
        }
        assertTrue(attempt.question(10).getQuestion().isCritical());
        attempt.submit(START.plusSeconds(600), SubmittedBy.TRAINEE);
        assertEquals(90.0, attempt.getScorePercent(), 1e-9, "the score is still the score");
        assertFalse(attempt.isPassed(), "90% with a critical item wrong does not pass");
        assertEquals(1, attempt.getCriticalMissed());
        assertTrue(attempt.isFailedOnCriticalItem());
        assertEquals(List.of(attempt.question(10)), attempt.getCriticalItemsMissed());
    }

    @Test
    void anUnansweredCriticalItemCountsAsWrong() {
        Attempt attempt = attempt();
        for (AttemptQuestion q : attempt.getQuestions()) {
            if (q.getPosition() != 9) {
                save(attempt, q.getPosition(), Set.of(correct(q)), START);
            }
        }
        attempt.submit(START.plusSeconds(60), SubmittedBy.TRAINEE);
        assertFalse(attempt.isPassed());
        assertEquals(1, attempt.getCriticalMissed());
    }

    @Test
    void sevenOfTenFails() {
        Attempt attempt = attempt();
        for (AttemptQuestion q : attempt.getQuestions()) {
            if (q.getPosition() <= 7) {
                save(attempt, q.getPosition(), Set.of(correct(q)), START);
            }
        }
        attempt.submit(START.plusSeconds(60), SubmittedBy.TRAINEE);
        assertEquals(70, attempt.getScoreWholePercent());
        assertFalse(attempt.isPassed());
        assertEquals(3, attempt.getQuestions().stream().filter(q -> !q.isAnswered()).count());
    }

    @Test
    void aSecondSubmissionChangesNothing() {
        Attempt attempt = attempt();
        AttemptQuestion first = attempt.question(1);
        save(attempt, 1, Set.of(correct(first)), START);
        assertTrue(attempt.submit(START.plusSeconds(60), SubmittedBy.TRAINEE));
        Instant submittedAt = attempt.getSubmittedAt();

        assertFalse(attempt.submit(START.plusSeconds(120), SubmittedBy.TRAINEE));
        assertEquals(submittedAt, attempt.getSubmittedAt());
        assertEquals(10.0, attempt.getScorePercent(), 1e-9);
        assertThrows(RejectedException.class, () -> save(attempt, 2, Set.of(correct(attempt.question(2))), START.plusSeconds(130)),
                "no answer changes after submission");
    }

    @Test
    void answersAfterTheDeadlineAndItsGraceAreRefused() {
        Attempt attempt = attempt();
        Instant deadline = START.plus(Duration.ofMinutes(30));
        assertEquals(deadline, attempt.getDeadline());
        save(attempt, 1, Set.of(correct(attempt.question(1))), deadline.plus(Attempt.GRACE));
        RejectedException late = assertThrows(RejectedException.class,
                () -> save(attempt, 2, Set.of(correct(attempt.question(2))), deadline.plus(Attempt.GRACE).plusMillis(1)));
        assertTrue(late.getMessage().contains("time"));
        assertFalse(attempt.question(2).isAnswered());
        assertTrue(attempt.isOverdue(deadline.plusSeconds(6)));

        attempt.submit(deadline.plusSeconds(40), SubmittedBy.TIME_LIMIT);
        assertEquals(deadline, attempt.getSubmittedAt(), "a timed-out attempt is closed at its deadline");
        assertEquals(SubmittedBy.TIME_LIMIT, attempt.getSubmittedBy());
    }

    @Test
    void unknownOptionsPositionsAndSecondAnswersToSingleQuestionsAreRefusedAndChangeNothing() {
        Attempt attempt = attempt();
        save(attempt, 1, Set.of(wrong(attempt.question(1))), START);
        assertThrows(RejectedException.class, () -> save(attempt, 1, Set.of("z"), START));
        assertThrows(RejectedException.class, () -> save(attempt, 11, Set.of("a"), START));
        assertThrows(RejectedException.class, () -> save(attempt, 0, Set.of("a"), START));
        assertThrows(RejectedException.class, () -> save(attempt, 1, Set.of("a", "b"), START));
        assertEquals(Set.of(wrong(attempt.question(1))), attempt.question(1).getChosenKeys(), "the saved answer is untouched");
    }

    @Test
    void aLateSaveCannotOverwriteANewerAnswer() {
        Attempt attempt = attempt();
        attempt.answer(1, Set.of(wrong(attempt.question(1))), false, 1, START);
        attempt.answer(1, Set.of(correct(attempt.question(1))), false, 3, START.plusSeconds(2));
        assertThrows(RejectedException.class, () -> attempt.answer(1, Set.of(wrong(attempt.question(1))), false, 2, START.plusSeconds(3)),
                "the automatic save of revision 2 arrived after the button's revision 3");
        assertEquals(Set.of(correct(attempt.question(1))), attempt.question(1).getChosenKeys());
        assertEquals(3, attempt.question(1).getRevision());
    }

    @Test
    void clearingAnAnswerMakesTheQuestionUnansweredAgain() {
        Attempt attempt = attempt();
        save(attempt, 3, Set.of(correct(attempt.question(3))), START);
        attempt.answer(3, Set.of(), true, attempt.question(3).getRevision() + 1, START);
        assertFalse(attempt.question(3).isAnswered());
        assertEquals(1, attempt.getFlaggedCount());
        assertEquals(10, attempt.getUnansweredCount());
    }
}
