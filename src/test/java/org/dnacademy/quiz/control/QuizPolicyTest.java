package org.dnacademy.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dnacademy.quiz.control.Availability.State;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.quiz.entity.SubmittedBy;
import org.dnacademy.training.content.Curriculum;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.entity.ModuleVersion;
import org.dnacademy.training.entity.Question;
import org.dnacademy.training.entity.QuestionOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizPolicyTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static ModuleVersion module;

    @BeforeAll
    static void readCurriculum() {
        Curriculum curriculum = CurriculumReader.read(Path.of("modules"));
        module = new ModuleVersion(curriculum.module("foundations").orElseThrow(), curriculum.references(), NOW);
    }

    /** A submitted attempt that passed or failed, finished at the given time. */
    private static Attempt finished(boolean pass, Instant submittedAt) {
        List<Question> questions = module.getQuestions().subList(0, 1);
        Map<Question, List<String>> orders = new HashMap<>();
        questions.forEach(q -> orders.put(q, q.getOptions().stream().map(QuestionOption::getOptionKey).toList()));
        Attempt attempt = new Attempt(1, module, 1, submittedAt.minusSeconds(300), questions, orders);
        if (pass) {
            attempt.answer(1, questions.get(0).getCorrectOptionKeys(), false, 1, submittedAt.minusSeconds(200));
        }
        attempt.submit(submittedAt, SubmittedBy.TRAINEE);
        return attempt;
    }

    private static State state(boolean prerequisites, boolean lessons, List<Attempt> attempts, boolean retake) {
        return QuizPolicy.availability(prerequisites, lessons, attempts, 3, HOUR, retake, NOW).state();
    }

    @Test
    void theQuizOpensOnlyAfterPrerequisitesAndLessons() {
        assertEquals(State.LOCKED, state(false, true, List.of(), false));
        assertEquals(State.LESSONS_UNREAD, state(true, false, List.of(), false));
        assertEquals(State.AVAILABLE, state(true, true, List.of(), false));
    }

    @Test
    void aFailedAttemptStartsACooldown() {
        Availability justFailed = QuizPolicy.availability(true, true, List.of(finished(false, NOW.minusSeconds(600))), 3, HOUR, false, NOW);
        assertEquals(State.COOLDOWN, justFailed.state());
        assertEquals(NOW.plusSeconds(3000), justFailed.availableAt());
        assertEquals(State.AVAILABLE, state(true, true, List.of(finished(false, NOW.minus(HOUR))), false), "an hour later it opens");
    }

    @Test
    void attemptsRunOutAfterTheMaximumWithoutAPass() {
        var old = NOW.minus(Duration.ofDays(1));
        assertEquals(State.AVAILABLE, state(true, true, List.of(finished(false, old), finished(false, old)), false));
        assertEquals(State.NO_ATTEMPTS_LEFT, state(true, true, List.of(finished(false, old), finished(false, old), finished(false, old)), false));
    }

    @Test
    void aPassedModuleIsRetakenOnlyWhereAllowedAndThenWithAFreshAllowance() {
        var old = NOW.minus(Duration.ofDays(1));
        List<Attempt> failedTwiceThenPassed = List.of(finished(false, old), finished(false, old), finished(true, old));
        assertEquals(State.PASSED, state(true, true, failedTwiceThenPassed, false));
        assertEquals(State.AVAILABLE, state(true, true, failedTwiceThenPassed, true));
    }

    @Test
    void anOpenAttemptIsResumedWhateverElseHolds() {
        List<Question> questions = module.getQuestions().subList(0, 1);
        Attempt open = new Attempt(1, module, 1, NOW, questions,
                Map.of(questions.get(0), questions.get(0).getOptions().stream().map(QuestionOption::getOptionKey).toList()));
        assertEquals(State.RESUME, state(false, false, List.of(open), false));
        assertEquals(Set.of(), open.question(1).getChosenKeys());
    }
}
