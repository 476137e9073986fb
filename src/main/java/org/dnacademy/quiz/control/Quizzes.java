package org.dnacademy.quiz.control;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.Contention;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.control.LearningHours;
import org.dnacademy.progress.control.ModulePassed;
import org.dnacademy.progress.control.ModulePasses;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.progress.control.Recertification;
import org.dnacademy.progress.entity.ModulePass;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.quiz.entity.AttemptClosedException;
import org.dnacademy.quiz.entity.SubmittedBy;
import org.dnacademy.training.entity.ModuleVersion;
import org.dnacademy.training.entity.Question;
import org.dnacademy.training.entity.QuestionOption;

/**
 * Taking quizzes: starting or resuming an attempt, saving answers, submitting and grading. Every
 * check happens here on the server; an attempt is only ever visible to its owner (anyone else
 * gets a not-found), and is graded exactly once however many submissions arrive.
 */
@Stateless
public class Quizzes {

    private static final Random RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Progress progress;

    @Inject
    ModulePasses passes;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    Event<ModulePassed> modulePassed;

    @Inject
    Recertification recertification;

    @Inject
    Accommodations accommodations;

    @Inject
    LearningHours learningHours;

    public List<Attempt> attempts(long accountId, String moduleKey) {
        return em.createNamedQuery(Attempt.BY_ACCOUNT_AND_MODULE, Attempt.class)
                .setParameter("account", accountId)
                .setParameter("module", moduleKey)
                .getResultList();
    }

    /** Submitted attempts at one module, summed up: for dashboards that must not load every attempt. */
    public record AttemptSummary(String moduleKey, long attempts, Double bestPercent) {

        /** The best score in whole percent as people read it, or null before any graded attempt. */
        public Integer bestScore() {
            return bestPercent == null ? null : Attempt.wholePercent(bestPercent);
        }
    }

    public Map<String, AttemptSummary> summaryOf(long accountId) {
        Map<String, AttemptSummary> summaries = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.moduleKey, COUNT(a), MAX(a.scorePercent) FROM Attempt a WHERE a.accountId = :account "
                + "AND a.status = org.dnacademy.quiz.entity.AttemptStatus.SUBMITTED GROUP BY a.moduleKey", Object[].class)
                .setParameter("account", accountId).getResultList()) {
            summaries.put((String) row[0], new AttemptSummary((String) row[0], ((Number) row[1]).longValue(), (Double) row[2]));
        }
        return summaries;
    }

    /**
     * {@link #summaryOf} for many trainees in one statement: by trainee, then by module. A trainee
     * without a submitted attempt has no entry.
     */
    public Map<Long, Map<String, AttemptSummary>> summariesOf(java.util.Collection<Long> accountIds) {
        Map<Long, Map<String, AttemptSummary>> summaries = new HashMap<>();
        if (accountIds.isEmpty()) {
            return summaries;
        }
        for (Object[] row : em.createQuery("SELECT a.accountId, a.moduleKey, COUNT(a), MAX(a.scorePercent) FROM Attempt a "
                + "WHERE a.accountId IN :accounts AND a.status = org.dnacademy.quiz.entity.AttemptStatus.SUBMITTED "
                + "GROUP BY a.accountId, a.moduleKey", Object[].class)
                .setParameter("accounts", accountIds).getResultList()) {
            summaries.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                    .put((String) row[1], new AttemptSummary((String) row[1], ((Number) row[2]).longValue(), (Double) row[3]));
        }
        return summaries;
    }

    /** Every attempt of the trainee, at every module, oldest first. */
    public List<Attempt> attemptsOf(long accountId) {
        return em.createNamedQuery(Attempt.BY_ACCOUNT, Attempt.class).setParameter("account", accountId).getResultList();
    }

    /**
     * An attempt for a supervisor's or administrator's review: the caller must already have checked
     * that the viewer may see this trainee. Never for the trainee pages, which use {@link #attempt}.
     */
    public java.util.Optional<Attempt> find(long attemptId) {
        return java.util.Optional.ofNullable(em.find(Attempt.class, attemptId));
    }

    public Availability availability(long accountId, String moduleKey) {
        ModuleProgress state = progress.of(accountId, moduleKey);
        ModuleVersion module = state.module();
        List<Attempt> attempts = attempts(accountId, moduleKey);
        return QuizPolicy.availability(accounts.get(accountId).isEmailVerified(), state.missingPrerequisites().isEmpty(),
                state.allLessonsRead(), state.passed() ? java.time.Duration.ZERO : learningHours.readingStillNeeded(accountId, module), attempts, module.getMaxAttempts() + accommodations.extraAttempts(accountId, moduleKey, attempts),
                cooldown(module), module.isRetakeAfterPass(), state.passed() && recertification.due(accountId, moduleKey), clock.instant());
    }

    /**
     * The trainee's open attempt at the module, or a new one when the rules allow it. Two requests
     * at once (two tabs, a double click) end up with the same attempt.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startOrResume(long accountId, String moduleKey) {
        Quizzes self = context.getBusinessObject(Quizzes.class);
        try {
            return Contention.retried(() -> self.start(accountId, moduleKey));
        } catch (EJBException raced) {
            // The database refused a second open attempt: the other request created it.
            Availability again = self.availability(accountId, moduleKey);
            if (again.state() == Availability.State.RESUME) {
                return again.openAttemptId();
            }
            throw raced;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long start(long accountId, String moduleKey) {
        closeOpenIfOverdue(accountId, moduleKey);
        Availability availability = availability(accountId, moduleKey);
        if (availability.state() == Availability.State.RESUME) {
            return availability.openAttemptId();
        }
        if (availability.state() != Availability.State.AVAILABLE) {
            throw new RejectedException(availability.message());
        }
        ModuleVersion module = progress.of(accountId, moduleKey).module();
        Map<String, Question> byKey = module.getQuestions().stream()
                .collect(Collectors.toMap(Question::getQuestionKey, Function.identity()));
        List<Attempt> earlier = attempts(accountId, moduleKey);
        // Every question asked before comes last, so consecutive attempts differ and keys already reviewed help least.
        Set<String> previous = earlier.stream().flatMap(a -> a.getQuestions().stream())
                .map(q -> q.getQuestion().getQuestionKey()).collect(Collectors.toSet());
        List<String> drawnKeys = QuizDraw.draw(module.getQuestions().stream()
                        .map(q -> new QuizDraw.Candidate(q.getQuestionKey(), q.getTopic(),
                                q.getQuestionCase() == null ? null : q.getQuestionCase().getCaseKey(), q.getKeyFacts(), q.isCritical()))
                        .toList(),
                module.getTopics(), module.getKeyFacts(), module.getQuestionsPerAttempt(), previous, RANDOM);
        List<Question> drawn = drawnKeys.stream().map(byKey::get).toList();
        Map<Question, List<String>> optionOrders = new HashMap<>();
        for (Question question : drawn) {
            List<String> keys = question.getOptions().stream().map(QuestionOption::getOptionKey).toList();
            Set<String> fixed = question.getOptions().stream().filter(QuestionOption::isFixed)
                    .map(QuestionOption::getOptionKey).collect(Collectors.toSet());
            optionOrders.put(question, QuizDraw.shuffleOptions(keys, fixed, RANDOM));
        }
        int number = earlier.size() + 1;
        var attempt = new Attempt(accountId, module, number, clock.instant(), drawn, optionOrders,
                accommodations.extraMinutes(accountId, moduleKey));
        em.persist(attempt);
        em.flush();
        accommodations.recordUse(accountId, moduleKey, attempt, QuizPolicy.attemptsSinceLastPass(earlier), module.getMaxAttempts());
        audit.record(emailOf(accountId), AuditAction.ATTEMPT_STARTED, "attempt " + attempt.getId(),
                moduleKey + " version " + module.getShortVersion() + ", attempt " + number);
        return attempt.getId();
    }

    /**
     * The attempt, if it belongs to this trainee (anyone else gets a not-found). Reading changes
     * nothing: an attempt whose time ran out stays open until {@link #closeIfOverdue} or the timer
     * grades it, so pages run that command before they show an attempt.
     */
    public Attempt attempt(long accountId, long attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null || attempt.getAccountId() != accountId) {
            throw new NotFoundException("attempt " + attemptId);
        }
        return attempt;
    }

    /**
     * The command that settles time: grades the trainee's attempt if its time ran out (in its own
     * transaction, so the grade stands even if the caller's request is then refused) and returns the
     * attempt as it now stands.
     */
    public Attempt closeIfOverdue(long accountId, long attemptId) {
        Attempt attempt = attempt(accountId, attemptId);
        if (attempt.isOverdue(clock.instant())) {
            context.getBusinessObject(Quizzes.class).closeOverdue(attemptId);
            em.refresh(attempt);
        }
        return attempt;
    }

    /** {@link #closeIfOverdue} for the trainee's open attempt at a module, if there is one: before showing whether a quiz can start. */
    public void closeOpenIfOverdue(long accountId, String moduleKey) {
        attempts(accountId, moduleKey).stream().filter(Attempt::isOpen).findFirst()
                .ifPresent(open -> closeIfOverdue(accountId, open.getId()));
    }

    /** How much of a submitted attempt its trainee may see now, by the module's review rules. */
    public ReviewLevel reviewLevel(long accountId, Attempt attempt) {
        List<Attempt> attempts = attempts(accountId, attempt.getModuleKey());
        return ReviewLevel.of(attempt, attempts, attempt.getModuleVersion().getReviewRules(),
                attempt.getModuleVersion().getMaxAttempts() + accommodations.extraAttempts(accountId, attempt.getModuleKey(), attempts));
    }

    /**
     * Saves one answer; see {@link Attempt#answer} for when it is refused. A save the database
     * refuses under contention is tried again in a new transaction ({@link Contention}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void answer(long accountId, long attemptId, int position, Set<String> optionKeys, boolean flagged, int revision) {
        Quizzes self = context.getBusinessObject(Quizzes.class);
        Contention.retried(() -> self.answerOnce(accountId, attemptId, position, optionKeys, flagged, revision));
    }

    /** One try of {@link #answer}, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void answerOnce(long accountId, long attemptId, int position, Set<String> optionKeys, boolean flagged, int revision) {
        closeIfOverdue(accountId, attemptId);
        // Saves and the submission of one attempt take turns: without the row lock two saves could
        // both pass the revision check and the older could land last, or a save acknowledged as
        // stored could land after the attempt was graded without it.
        Attempt attempt = lock(attemptId);
        if (!attempt.isOpen()) {
            throw new AttemptClosedException("The time for this attempt is up; it has been submitted. Answers given after the deadline are not saved.");
        }
        attempt.answer(position, optionKeys, flagged, revision, clock.instant());
    }

    /**
     * Submits and grades the attempt once; later calls return the same result. A grade the database
     * refuses under contention (a lock not obtained in time) is tried again in a new transaction, so
     * the trainee sees their result or, after {@link Contention#TRIES} refusals, a "try again" with
     * nothing half-done.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Attempt submit(long accountId, long attemptId) {
        Quizzes self = context.getBusinessObject(Quizzes.class);
        return Contention.retried(() -> self.submitOnce(accountId, attemptId));
    }

    /** One try of {@link #submit}, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempt submitOnce(long accountId, long attemptId) {
        closeIfOverdue(accountId, attemptId);
        Attempt locked = lock(attemptId);
        grade(locked, SubmittedBy.TRAINEE);
        return locked;
    }

    /** Submits every open attempt whose time ran out, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int closeOverdue() {
        List<Long> overdue = em.createNamedQuery(Attempt.OPEN_PAST_DEADLINE, Long.class)
                .setParameter("cutoff", clock.instant().minus(Attempt.GRACE))
                .getResultList();
        Quizzes self = context.getBusinessObject(Quizzes.class);
        overdue.forEach(self::closeOverdue);
        return overdue.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void closeOverdue(long attemptId) {
        Attempt attempt = lock(attemptId);
        if (attempt.isOverdue(clock.instant())) {
            grade(attempt, SubmittedBy.TIME_LIMIT);
        }
    }

    /**
     * Row lock: parallel saves and submissions of one attempt queue here, and all but the first
     * submission find it graded. The attempt's questions are read after the lock, so they are current.
     */
    private Attempt lock(long attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        return attempt;
    }

    private void grade(Attempt attempt, SubmittedBy by) {
        if (!attempt.submit(clock.instant(), by)) {
            return;
        }
        if (attempt.isPassed()) {
            passes.record(new ModulePass(attempt.getAccountId(), attempt.getModuleKey(), attempt.getModuleVersion().getId(),
                    attempt.getId(), attempt.getScoreWholePercent(), attempt.getSubmittedAt()));
            modulePassed.fire(new ModulePassed(attempt.getAccountId(), attempt.getModuleKey(), attempt.getModuleVersion().getId(),
                    attempt.getId(), attempt.getScoreWholePercent(), attempt.getSubmittedAt()));
        }
        audit.record(by == SubmittedBy.TRAINEE ? emailOf(attempt.getAccountId()) : AuditLog.SYSTEM,
                AuditAction.ATTEMPT_SUBMITTED, "attempt " + attempt.getId(),
                attempt.getModuleKey() + ": " + String.format("%.1f", attempt.getScorePercent()) + "% "
                        + (attempt.isPassed() ? "passed" : "failed") + (by == SubmittedBy.TIME_LIMIT ? " (time limit)" : ""));
    }

    private Duration cooldown(ModuleVersion module) {
        return Settings.current().quizCooldown().orElse(Duration.ofMinutes(module.getCooldownMinutes()));
    }

    private String emailOf(long accountId) {
        return accounts.get(accountId).getEmail();
    }
}
