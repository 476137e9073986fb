package org.dnacademy.quiz.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dnacademy.platform.Ids;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.training.entity.ModuleVersion;
import org.dnacademy.training.entity.Question;

/**
 * One sitting of a module's quiz by one trainee. It holds the questions drawn for it, takes
 * answers while it is open and within its time, and is graded exactly once when submitted.
 * Every rule about what may change when lives here.
 */
@Entity
@Table(name = "attempt")
@NamedQuery(name = Attempt.BY_ACCOUNT_AND_MODULE,
        query = "SELECT a FROM Attempt a WHERE a.accountId = :account AND a.moduleKey = :module ORDER BY a.number")
@NamedQuery(name = Attempt.BY_ACCOUNT,
        query = "SELECT a FROM Attempt a WHERE a.accountId = :account ORDER BY a.startedAt, a.id")
@NamedQuery(name = Attempt.OPEN_PAST_DEADLINE,
        query = "SELECT a.id FROM Attempt a WHERE a.status = org.dnacademy.quiz.entity.AttemptStatus.IN_PROGRESS "
                + "AND a.deadline IS NOT NULL AND a.deadline < :cutoff")
public class Attempt {

    public static final String BY_ACCOUNT_AND_MODULE = "Attempt.byAccountAndModule";
    public static final String OPEN_PAST_DEADLINE = "Attempt.openPastDeadline";
    public static final String BY_ACCOUNT = "Attempt.byAccount";

    /** Answers sent this long after the deadline still count: the network is not instant. */
    public static final Duration GRACE = Duration.ofSeconds(5);

    /** A save may name a revision at most this far ahead of the stored one (one per change on a page). */
    public static final int MAX_REVISION_STEP = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "module_key", nullable = false, updatable = false, length = 64)
    private String moduleKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    /** 1 for the trainee's first attempt at this module. */
    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    /**
     * "account:module" while open, null once submitted: a unique column, so the database itself
     * refuses a second open attempt at the same module.
     */
    @Column(name = "open_key", length = 100)
    private String openKey;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(updatable = false)
    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_by", length = 16)
    private SubmittedBy submittedBy;

    @Column(name = "score_points")
    private Double scorePoints;

    @Column(name = "score_percent")
    private Double scorePercent;

    @Column
    private Boolean passed;

    /**
     * Critical items answered wrongly (or not answered); any at all fails the attempt whatever the
     * score. Null until submitted, and for attempts graded before critical items existed.
     */
    @Column(name = "critical_missed")
    private Integer criticalMissed;

    @Column(name = "pass_mark", nullable = false, updatable = false)
    private int passMark;

    @Version
    private long version;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected Attempt() {
    }

    /**
     * A new open attempt with the questions drawn for it.
     *
     * @param drawn        the questions in the order asked
     * @param optionOrders each question's option keys in the order shown
     */
    public Attempt(long accountId, ModuleVersion module, int number, Instant now, List<Question> drawn,
            Map<Question, List<String>> optionOrders) {
        this(accountId, module, number, now, drawn, optionOrders, 0);
    }

    /**
     * @param extraMinutes added to a timed module's limit (an accommodation); ignored when untimed
     */
    public Attempt(long accountId, ModuleVersion module, int number, Instant now, List<Question> drawn,
            Map<Question, List<String>> optionOrders, int extraMinutes) {
        this.accountId = accountId;
        this.moduleVersion = Objects.requireNonNull(module);
        this.moduleKey = module.getModuleKey();
        this.number = number;
        this.status = AttemptStatus.IN_PROGRESS;
        this.openKey = accountId + ":" + moduleKey;
        this.startedAt = now;
        this.passMark = module.getPassMark();
        this.deadline = module.getTimeLimitMinutes() == null ? null
                : now.plus(Duration.ofMinutes(module.getTimeLimitMinutes() + (long) Math.max(0, extraMinutes)));
        int position = 0;
        for (Question question : drawn) {
            questions.add(new AttemptQuestion(this, ++position, question, optionOrders.get(question)));
        }
    }

    /**
     * Saves the answer (and review flag) of one question. Refused, changing nothing, when the
     * attempt is closed or out of time, when the position or an option is not part of this attempt,
     * or when {@code revision} is not newer than the saved answer's.
     *
     * @param revision the save's number: one more than the revision the trainee's page showed,
     *                 plus one for each change made on it since
     */
    public void answer(int position, Set<String> optionKeys, boolean flagged, int revision, Instant now) {
        AttemptQuestion question = acceptingChanges(position, now);
        if (revision <= question.getRevision()) {
            throw new StaleAnswerException(position);
        }
        if (revision - (long) question.getRevision() > MAX_REVISION_STEP) {
            // No page counts this far ahead; a value like this would stop every later save.
            throw new RejectedException("The answer to question " + position + " could not be saved: reload the page and answer again.");
        }
        for (String key : optionKeys) {
            if (!question.getQuestion().hasOption(key)) {
                throw new RejectedException("That answer is not one of the options of question " + position + ".");
            }
        }
        if (optionKeys.size() > 1 && question.getQuestion().getType() != org.dnacademy.training.content.QuestionType.MULTIPLE) {
            throw new RejectedException("Question " + position + " takes one answer only.");
        }
        question.answer(optionKeys, flagged, revision, now);
    }

    /**
     * Grades the attempt and closes it. Submitting an attempt that is already submitted changes
     * nothing: there is exactly one graded result however often this is called.
     *
     * @return true when this call graded it, false when it had been graded before
     */
    public boolean submit(Instant now, SubmittedBy by) {
        if (status == AttemptStatus.SUBMITTED) {
            return false;
        }
        double points = 0;
        int missed = 0;
        for (AttemptQuestion question : questions) {
            points += question.grade();
            if (question.getQuestion().isCritical() && !question.isCorrect()) {
                missed++;
            }
        }
        this.scorePoints = points;
        this.scorePercent = questions.isEmpty() ? 0 : 100.0 * points / questions.size();
        this.criticalMissed = missed;
        // A score equal to the pass mark passes (the small margin absorbs floating-point error), but
        // only with every critical item right: an error that would hurt a patient is not averaged away.
        this.passed = scorePercent + 1e-9 >= passMark && missed == 0;
        this.status = AttemptStatus.SUBMITTED;
        this.openKey = null;
        this.submittedAt = by == SubmittedBy.TIME_LIMIT && deadline != null && deadline.isBefore(now) ? deadline : now;
        this.submittedBy = by;
        return true;
    }

    /** Open, but past its deadline and grace: only submitting is left. */
    public boolean isOverdue(Instant now) {
        return isOpen() && deadline != null && now.isAfter(deadline.plus(GRACE));
    }

    public Optional<Duration> timeLeft(Instant now) {
        if (deadline == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, deadline);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    private AttemptQuestion acceptingChanges(int position, Instant now) {
        if (!isOpen()) {
            throw new AttemptClosedException("This attempt has been submitted; answers can no longer change.");
        }
        if (isOverdue(now)) {
            throw new AttemptClosedException("The time for this attempt is up; answers given after the deadline are not saved.");
        }
        if (position < 1 || position > questions.size()) {
            throw new RejectedException("This attempt has no question " + position + ".");
        }
        return questions.get(position - 1);
    }

    public boolean isOpen() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    public AttemptQuestion question(int position) {
        if (position < 1 || position > questions.size()) {
            throw new RejectedException("This attempt has no question " + position + ".");
        }
        return questions.get(position - 1);
    }

    public long getUnansweredCount() {
        return questions.stream().filter(q -> !q.isAnswered()).count();
    }

    public long getFlaggedCount() {
        return questions.stream().filter(AttemptQuestion::isFlagged).count();
    }

    public Duration getDuration() {
        return submittedAt == null ? null : Duration.between(startedAt, submittedAt);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public int getNumber() {
        return number;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public SubmittedBy getSubmittedBy() {
        return submittedBy;
    }

    public Double getScorePoints() {
        return scorePoints;
    }

    public Double getScorePercent() {
        return scorePercent;
    }

    /** The score as shown to people: whole percent, rounded down so that 79.9 never reads as 80. */
    public int getScoreWholePercent() {
        return scorePercent == null ? 0 : wholePercent(scorePercent);
    }

    /** The one rounding of scores for people to read: down to a whole percent, so 79.9 never reads as 80. */
    public static int wholePercent(double percent) {
        return (int) Math.floor(percent + 1e-9);
    }

    /** Critical items answered wrongly; 0 for attempts graded before critical items existed. */
    public int getCriticalMissed() {
        return criticalMissed == null ? 0 : criticalMissed;
    }

    /** Not passed with at least one critical item wrong, whatever the score. */
    public boolean isFailedOnCriticalItem() {
        return !isOpen() && !isPassed() && getCriticalMissed() > 0;
    }

    /** The critical items of this attempt answered wrongly, in the order asked. */
    public List<AttemptQuestion> getCriticalItemsMissed() {
        return isOpen() ? List.of() : questions.stream().filter(q -> q.getQuestion().isCritical() && !q.isCorrect()).toList();
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public int getPassMark() {
        return passMark;
    }

    public List<AttemptQuestion> getQuestions() {
        return questions;
    }
}
