package org.dnacademy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.control.ModulePasses;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.quiz.control.Availability.State;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.quiz.entity.AttemptQuestion;
import org.dnacademy.quiz.entity.SubmittedBy;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.RealModules;
import org.dnacademy.testing.WebClient.Page;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.clock.AdjustableClock;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.Lesson;
import org.dnacademy.training.entity.ModuleVersion;
import org.dnacademy.training.entity.Question;

/**
 * The quiz engine inside the server, on the real curriculum: drawing and resuming, time limits
 * (with a clock the test moves), attempt limits and cooldown, ownership, refused answers, and 100
 * parallel submissions of one attempt.
 */
@ExtendWith(ArquillianExtension.class)
class QuizIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(AdjustableClock.class);
    }

    @Inject
    Quizzes quizzes;

    @Inject
    Accounts accounts;

    @Inject
    org.dnacademy.testing.TestAccounts testAccounts;

    @Inject
    Progress progress;

    @Inject
    CurriculumCatalog catalog;

    @Inject
    ModulePasses passes;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        AdjustableClock.reset();
    }

    /**
     * arquillian.xml starts the server in America/St_Johns (half-hour offset, summer time). The
     * hour repeated when summer time ends has two instants for each local time: stored as the
     * server's local time, the second would read back an hour early. Both must come back exactly,
     * and SQL must order them.
     */
    @Test
    void instantsAreStoredAndComparedInUtcWhateverTheServersZone() {
        assertEquals("America/St_Johns", System.getProperty("user.timezone"), "the server was started in another zone");
        var fallBack = java.time.ZoneId.of("America/St_Johns").getRules().nextTransition(java.time.Instant.now());
        while (!fallBack.isOverlap()) {
            fallBack = java.time.ZoneId.of("America/St_Johns").getRules().nextTransition(fallBack.getInstant());
        }
        java.time.Instant firstPass = fallBack.getInstant().minus(Duration.ofMinutes(30));
        java.time.Instant secondPass = fallBack.getInstant().plus(Duration.ofMinutes(30));
        assertEquals(firstPass.atZone(java.time.ZoneId.of("America/St_Johns")).toLocalTime(),
                secondPass.atZone(java.time.ZoneId.of("America/St_Johns")).toLocalTime(), "the same local time, twice");
        String subject = "utc-" + UUID.randomUUID();
        for (java.time.Instant at : List.of(firstPass, secondPass)) {
            AdjustableClock.reset();
            AdjustableClock.advance(Duration.between(java.time.Instant.now(), at));
            audit.record("clock@test.example", AuditAction.ATTEMPT_STARTED, subject, at.toString());
        }
        AdjustableClock.reset();
        em.clear();
        List<org.dnacademy.audit.AuditEvent> stored = em.createQuery(
                "SELECT e FROM AuditEvent e WHERE e.subject = :subject ORDER BY e.occurredAt", org.dnacademy.audit.AuditEvent.class)
                .setParameter("subject", subject).getResultList();
        assertEquals(2, stored.size());
        for (var event : stored) {
            java.time.Instant meant = java.time.Instant.parse(event.getDetail());
            assertTrue(Duration.between(meant, event.getOccurredAt()).abs().toSeconds() < 2,
                    "stored " + event.getOccurredAt() + " for " + meant);
        }
        assertEquals(firstPass.toString(), stored.get(0).getDetail(), "SQL orders the two passes of the hour");
        long later = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.subject = :subject AND e.occurredAt > :middle", Long.class)
                .setParameter("subject", subject).setParameter("middle", fallBack.getInstant()).getSingleResult();
        assertEquals(1, later, "a comparison in SQL tells the two passes apart");
    }

    /** A trainee who has read every lesson of the foundations module. */
    private long readyTrainee() {
        long id = testAccounts.registerConfirmed(UUID.randomUUID() + "@quiz.example", "Quiz Taker", "a long and unusual passphrase").getId();
        for (Lesson lesson : catalog.current("foundations").getLessons()) {
            progress.lessonRead(id, lesson);
        }
        return id;
    }

    private static String wrongOption(AttemptQuestion question) {
        return question.getQuestion().getOptions().stream().filter(o -> !o.isCorrect()).findFirst().orElseThrow().getOptionKey();
    }

    @Test
    void anAttemptDrawsEveryTopicKeepsCasesTogetherAndResumesExactlyAsDrawn() {
        long trainee = readyTrainee();
        ModuleVersion module = catalog.current("foundations");
        long attemptId = quizzes.startOrResume(trainee, "foundations");
        Attempt attempt = quizzes.attempt(trainee, attemptId);

        assertEquals(module.getQuestionsPerAttempt(), attempt.getQuestions().size());
        assertEquals(module.getContentHash(), attempt.getModuleVersion().getContentHash(), "the version taken is recorded");
        assertEquals(Set.copyOf(module.getTopics()),
                attempt.getQuestions().stream().map(q -> q.getQuestion().getTopic()).collect(Collectors.toSet()));
        List<String> caseOrder = attempt.getQuestions().stream()
                .map(q -> q.getQuestion().getQuestionCase() == null ? "-" : q.getQuestion().getQuestionCase().getCaseKey())
                .toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < caseOrder.size(); i++) {
            String caseKey = caseOrder.get(i);
            if (!caseKey.equals("-") && (i == 0 || !caseOrder.get(i - 1).equals(caseKey))) {
                assertTrue(seen.add(caseKey), "the questions of case " + caseKey + " are together: " + caseOrder);
            }
        }

        List<String> asDrawn = describe(attempt);
        assertEquals(attemptId, quizzes.startOrResume(trainee, "foundations"), "starting again resumes");
        em.clear();
        assertEquals(asDrawn, describe(quizzes.attempt(trainee, attemptId)), "same questions, same option order");
    }

    private static List<String> describe(Attempt attempt) {
        return attempt.getQuestions().stream()
                .map(q -> q.getQuestion().getQuestionKey() + ":" + q.getOptions().stream().map(o -> o.getOptionKey()).collect(Collectors.joining()))
                .toList();
    }

    @Test
    void answersAfterTheTimeLimitAreIgnoredAndTheAttemptIsSubmittedEvenIfTheTraineeNeverReturns() {
        long trainee = readyTrainee();
        long attemptId = quizzes.startOrResume(trainee, "foundations");
        AttemptQuestion first = quizzes.attempt(trainee, attemptId).question(1);
        quizzes.answer(trainee, attemptId, 1, first.getQuestion().getCorrectOptionKeys(), false, 1);

        AdjustableClock.advance(Duration.ofMinutes(30).plusSeconds(6));
        RejectedException late = assertThrows(RejectedException.class,
                () -> quizzes.answer(trainee, attemptId, 2, Set.of("a"), false, 1));
        assertTrue(late.getMessage().contains("time"), late.getMessage());
        em.clear();
        Attempt closed = quizzes.attempt(trainee, attemptId);
        assertFalse(closed.isOpen(), "the late request itself closed the attempt");
        assertEquals(SubmittedBy.TIME_LIMIT, closed.getSubmittedBy());
        assertFalse(closed.question(2).isAnswered(), "the late answer was not saved");
        assertTrue(closed.question(1).isAnswered(), "the answer in time counts");

        // A second trainee starts and walks away; the server's timer work closes the attempt.
        long absent = readyTrainee();
        long abandoned = quizzes.startOrResume(absent, "foundations");
        AdjustableClock.advance(Duration.ofMinutes(31));
        assertTrue(quizzes.closeOverdue() >= 1);
        em.clear();
        assertEquals(SubmittedBy.TIME_LIMIT, em.find(Attempt.class, abandoned).getSubmittedBy());
    }

    @Test
    void aFailedAttemptMeansWaitingAndAttemptsRunOut() {
        long trainee = readyTrainee();
        for (int attempt = 1; attempt <= 3; attempt++) {
            long id = quizzes.startOrResume(trainee, "foundations");
            Attempt graded = quizzes.submit(trainee, id);
            assertFalse(graded.isPassed(), "an empty attempt fails");
            assertEquals(attempt, graded.getNumber());
            if (attempt < 3) {
                assertEquals(State.COOLDOWN, quizzes.availability(trainee, "foundations").state());
                RejectedException early = assertThrows(RejectedException.class, () -> quizzes.startOrResume(trainee, "foundations"));
                assertTrue(early.getMessage().startsWith("You can try again from"), early.getMessage());
                AdjustableClock.advance(Duration.ofSeconds(4)); // the tests' cooldown is 3 seconds
            }
        }
        assertEquals(State.NO_ATTEMPTS_LEFT, quizzes.availability(trainee, "foundations").state());
        assertThrows(RejectedException.class, () -> quizzes.startOrResume(trainee, "foundations"));
        assertEquals(3, quizzes.attempts(trainee, "foundations").size());
    }

    @Test
    void oneCriticalItemAnsweredWronglyFailsAnAttemptThatScoresAboveThePassMark() {
        long trainee = readyTrainee();
        long attemptId = quizzes.startOrResume(trainee, "foundations");
        Attempt attempt = quizzes.attempt(trainee, attemptId);
        AttemptQuestion critical = attempt.getQuestions().stream().filter(q -> q.getQuestion().isCritical()).findFirst()
                .orElseThrow(() -> new AssertionError("every draw holds a critical item"));
        for (AttemptQuestion q : attempt.getQuestions()) {
            Set<String> answer = q.getPosition() == critical.getPosition() ? Set.of(wrongOption(q)) : q.getQuestion().getCorrectOptionKeys();
            quizzes.answer(trainee, attemptId, q.getPosition(), answer, false, 1);
        }

        Attempt graded = quizzes.submit(trainee, attemptId);

        assertTrue(graded.getScorePercent() >= graded.getPassMark(),
                "the score alone would pass: " + graded.getScorePercent() + "% against " + graded.getPassMark() + "%");
        assertFalse(graded.isPassed(), "a critical item answered wrongly fails the attempt");
        assertEquals(1, graded.getCriticalMissed());
        assertTrue(graded.isFailedOnCriticalItem());
        assertFalse(passes.passedModuleKeys(trainee).contains("foundations"), "no pass is recorded, so no certificate follows");
        long passRecords = em.createQuery("SELECT COUNT(p) FROM ModulePass p WHERE p.attemptId = :a", Long.class)
                .setParameter("a", attemptId).getSingleResult();
        assertEquals(0, passRecords);
        assertTrue(audit.byAction(AuditAction.ATTEMPT_SUBMITTED).stream()
                .anyMatch(e -> ("attempt " + attemptId).equals(e.getSubject()) && e.getDetail().contains("failed")));
    }

    @Test
    void aHundredParallelSubmissionsGiveOneGradeAndOneProgressUpdate() throws Exception {
        long trainee = readyTrainee();
        long attemptId = quizzes.startOrResume(trainee, "foundations");
        for (AttemptQuestion q : quizzes.attempt(trainee, attemptId).getQuestions()) {
            quizzes.answer(trainee, attemptId, q.getPosition(), q.getQuestion().getCorrectOptionKeys(), false, 1);
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Double>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Callable<Double> submit = () -> {
                start.await();
                return quizzes.submit(trainee, attemptId).getScorePercent();
            };
            results.add(executor.submit(submit));
        }
        start.countDown();
        for (Future<Double> result : results) {
            assertEquals(100.0, result.get(), 1e-9, "every caller sees the one graded result");
        }

        long gradings = audit.byAction(AuditAction.ATTEMPT_SUBMITTED).stream()
                .filter(e -> ("attempt " + attemptId).equals(e.getSubject())).count();
        assertEquals(1, gradings, "graded exactly once");
        long passRecords = em.createQuery("SELECT COUNT(p) FROM ModulePass p WHERE p.attemptId = :a", Long.class)
                .setParameter("a", attemptId).getSingleResult();
        assertEquals(1, passRecords, "one progress update");
        assertTrue(passes.passedModuleKeys(trainee).contains("foundations"));
        assertEquals(State.PASSED, quizzes.availability(trainee, "foundations").state());
    }

    /**
     * Autosaves race each other and the submission (the browser sends one per click, then the
     * button's own save, then the submission). The newest revision must win, and a save the server
     * acknowledged must be part of the grade; any other outcome is a refusal the trainee is told of.
     */
    @Test
    void parallelSavesKeepTheNewestAnswerAndEveryAcknowledgedSaveIsGraded() throws Exception {
        long trainee = readyTrainee();
        long attemptId = quizzes.startOrResume(trainee, "foundations");
        AttemptQuestion first = quizzes.attempt(trainee, attemptId).question(1);
        List<String> options = first.getQuestion().getOptions().stream().map(o -> o.getOptionKey()).toList();
        List<Future<Boolean>> saves = race(40, revision -> quizzes.answer(trainee, attemptId, 1,
                Set.of(options.get(revision % options.size())), revision % 2 == 0, revision));
        assertTrue(saves.get(39).get(), "the newest revision is never refused");
        AttemptQuestion stored = quizzes.attempt(trainee, attemptId).question(1);
        assertEquals(40, stored.getRevision(), "an older save landed after the newest");
        assertEquals(Set.of(options.get(40 % options.size())), stored.getChosenKeys());
        assertTrue(stored.isFlagged());

        AttemptQuestion second = quizzes.attempt(trainee, attemptId).question(2);
        Set<String> right = second.getQuestion().getCorrectOptionKeys();
        List<Future<Boolean>> racing = race(31, revision -> {
            if (revision == 16) {
                quizzes.submit(trainee, attemptId);
            } else {
                quizzes.answer(trainee, attemptId, 2, revision % 2 == 0 ? right : Set.of(), false, revision);
            }
        });
        assertTrue(racing.get(15).get(), "the submission among the saves is graded");
        int newestAcknowledged = 0;
        for (int revision = 1; revision <= 31; revision++) {
            if (revision != 16 && racing.get(revision - 1).get()) {
                newestAcknowledged = revision;
            }
        }
        Attempt graded = quizzes.attempt(trainee, attemptId);
        AttemptQuestion result = graded.question(2);
        assertEquals(newestAcknowledged, result.getRevision(), "the newest acknowledged save is the one stored");
        assertEquals(result.getQuestion().score(result.getChosenKeys()), result.getPoints(), 1e-9,
                "what is stored is what was graded: no acknowledged save arrived after grading");
    }

    /** Runs {@code action} for revisions 1..n at once; each result says whether it was accepted (false: refused). */
    private List<Future<Boolean>> race(int n, java.util.function.IntConsumer action) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int revision = i;
            Callable<Boolean> call = () -> {
                start.await();
                try {
                    action.accept(revision);
                    return true;
                } catch (RejectedException refused) {
                    return false;
                }
            };
            results.add(executor.submit(call));
        }
        start.countDown();
        return results;
    }

    @Test
    void onlyTheOwnerCanSeeOrChangeAnAttemptAndInvalidAnswersChangeNothing() {
        long owner = readyTrainee();
        long other = readyTrainee();
        long attemptId = quizzes.startOrResume(owner, "foundations");
        assertThrows(NotFoundException.class, () -> quizzes.attempt(other, attemptId));
        assertThrows(NotFoundException.class, () -> quizzes.answer(other, attemptId, 1, Set.of("a"), false, 1));
        assertThrows(NotFoundException.class, () -> quizzes.submit(other, attemptId));

        AttemptQuestion first = quizzes.attempt(owner, attemptId).question(1);
        quizzes.answer(owner, attemptId, 1, Set.of(wrongOption(first)), true, 1);
        assertThrows(RejectedException.class, () -> quizzes.answer(owner, attemptId, 1, Set.of("z"), false, 2));
        assertThrows(RejectedException.class, () -> quizzes.answer(owner, attemptId, 99, Set.of("a"), false, 2));
        assertThrows(RejectedException.class, () -> quizzes.answer(owner, attemptId, 1, Set.of(first.getQuestion().getCorrectOptionKeys().iterator().next()), false, 1),
                "a save no newer than the stored answer");
        em.clear();
        AttemptQuestion saved = quizzes.attempt(owner, attemptId).question(1);
        assertEquals(Set.of(wrongOption(first)), saved.getChosenKeys());
        assertTrue(saved.isFlagged(), "a refused request changed nothing, not even the flag");
    }

    @Test
    @RunAsClient
    void overHttpAnswersAreSavedRefusedOrHiddenAsTheyShouldAndAReplayedSubmitGradesOnce(@ArquillianResource URL base)
            throws Exception {
        URI root = URI.create(base.toExternalForm());
        WebClient owner = signedInTrainee(root);
        RealModules.readAllLessons(owner, "foundations");
        Page question = owner.submit(owner.get("/quiz/start.xhtml?module=foundations"), "start", Map.of(), "go");
        assertEquals("/quiz/take.xhtml", question.path());
        assertFalse(question.body().contains("(correct answer)"));
        assertFalse(question.body().contains("Explanation"));
        String autosave = question.body().replaceAll("(?s).*data-autosave=\"([^\"]+)\".*", "$1");
        String attemptId = autosave.replaceAll(".*/attempts/(\\d+)/.*", "$1");
        // The first question's own option keys: a true-false question has no "a" and "b".
        java.util.regex.Matcher keys = java.util.regex.Pattern.compile("id=\"answer-([^\"]+)\"").matcher(question.body());
        assertTrue(keys.find(), question.body());
        String a = keys.group(1);
        assertTrue(keys.find(), question.body());
        String b = keys.group(1);

        assertEquals(204, post(owner, autosave, "answer=" + a + "&revision=1", true).statusCode(), "an answer is saved as it is given");
        HttpResponse<String> unknown = post(owner, autosave, "answer=z&revision=2", true);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("not one of the options"), unknown.body());
        assertEquals(403, post(owner, autosave, "answer=" + b + "&revision=2", false).statusCode(), "no save without the same-site header");
        assertEquals(409, post(owner, autosave, "answer=" + b + "&revision=1", true).statusCode(), "a late save cannot overwrite");
        assertEquals("", post(owner, autosave, "answer=" + a + "&revision=2", true).body(), "saving returns nothing, least of all a key");

        WebClient intruder = signedInTrainee(root);
        assertEquals(404, post(intruder, autosave, "answer=" + b + "&revision=9", true).statusCode());
        assertEquals(404, intruder.getRaw("/quiz/take.xhtml?attempt=" + attemptId + "&q=1").status());
        assertEquals(404, intruder.getRaw("/quiz/review.xhtml?attempt=" + attemptId).status());
        assertEquals(404, intruder.getRaw("/quiz/submit.xhtml?attempt=" + attemptId).status());

        Page confirm = owner.get("/quiz/submit.xhtml?attempt=" + attemptId);
        assertTrue(confirm.text().contains("questions are not answered"), confirm.text());
        Page result = owner.submit(confirm, "submit", Map.of(), "confirm");
        assertEquals("/quiz/review.xhtml", result.path());
        Page replayed = owner.submit(confirm, "submit", Map.of(), "confirm");
        assertEquals("/quiz/review.xhtml", replayed.path(), "the replayed submit shows the same result");
        assertEquals(result.text().replaceAll("submitted .*", ""), replayed.text().replaceAll("submitted .*", ""));
        assertEquals(410, post(owner, autosave, "answer=" + a + "&revision=9", true).statusCode(), "no answer changes after submission");
        Page back = owner.get("/quiz/take.xhtml?attempt=" + attemptId + "&q=1");
        assertEquals("/quiz/review.xhtml", back.path(), "the back button leads to the result, not an open question");
    }

    private static WebClient signedInTrainee(URI root) {
        var browser = new WebClient(root);
        String email = UUID.randomUUID().toString().substring(0, 12) + "@quiz-http.example";
        String password = "a long and unusual passphrase";
        browser.submit(browser.get("/register.xhtml"), "register",
                Map.of("name", "Http Trainee", "email", email, "password", password, "confirmation", password), "submit");
        browser.submit(browser.get("/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
        org.dnacademy.testing.Mail.confirm(browser, email);
        return browser;
    }

    private static HttpResponse<String> post(WebClient browser, String path, String form, boolean withHeader) throws Exception {
        return browser.post(path, form, withHeader ? Map.of("X-DNA-Autosave", "1") : Map.of());
    }

    @Test
    void theQuizStaysClosedUntilEveryLessonIsRead() {
        long trainee = testAccounts.registerConfirmed(UUID.randomUUID() + "@quiz.example", "Not Ready", "a long and unusual passphrase").getId();
        Lesson first = catalog.current("foundations").getLessons().get(0);
        progress.lessonRead(trainee, first);
        assertEquals(State.LESSONS_UNREAD, quizzes.availability(trainee, "foundations").state());
        assertThrows(RejectedException.class, () -> quizzes.startOrResume(trainee, "foundations"));
        assertEquals(State.LOCKED, quizzes.availability(trainee, "safety").state());
        Question any = catalog.current("foundations").getQuestions().get(0);
        assertFalse(any.getCorrectOptionKeys().isEmpty());
    }
}
