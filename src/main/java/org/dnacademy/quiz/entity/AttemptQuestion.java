package org.dnacademy.quiz.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;
import org.dnacademy.training.entity.Question;
import org.dnacademy.training.entity.QuestionOption;

/**
 * One question as drawn for one attempt: its place, the option order the trainee sees, the
 * options chosen so far, a review flag and, once submitted, the points earned.
 */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id", updatable = false)
    private Attempt attempt;

    /** 1 for the first question of the attempt. */
    @Column(nullable = false, updatable = false)
    private int position;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "question_id", updatable = false)
    private Question question;

    /** Option keys in the order shown, comma-separated. */
    @Column(name = "option_order", nullable = false, updatable = false, length = 100)
    private String optionOrder;

    /** Chosen option keys, comma-separated; null while unanswered. */
    @Column(length = 100)
    private String chosen;

    @Column(nullable = false)
    private boolean flagged;

    /**
     * Counts the saves of this answer. Every save names the revision it makes; one that is not
     * newer than what is stored arrived late (an automatic save overtaken by a button press, or a
     * second window) and must not overwrite the newer answer.
     */
    @Column(nullable = false)
    private int revision;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** Points earned, from 0 to 1; null until the attempt is submitted. */
    @Column
    private Double points;

    protected AttemptQuestion() {
    }

    AttemptQuestion(Attempt attempt, int position, Question question, List<String> optionOrder) {
        this.attempt = attempt;
        this.position = position;
        this.question = question;
        this.optionOrder = String.join(",", optionOrder);
    }

    void answer(Set<String> optionKeys, boolean flagged, int revision, Instant now) {
        this.chosen = optionKeys.isEmpty() ? null : String.join(",", new TreeSet<>(optionKeys));
        this.flagged = flagged;
        this.revision = revision;
        this.answeredAt = now;
    }

    public int getRevision() {
        return revision;
    }

    double grade() {
        points = question.score(getChosenKeys());
        return points;
    }

    public boolean isAnswered() {
        return chosen != null;
    }

    public Set<String> getChosenKeys() {
        return chosenKeys(chosen);
    }

    /** The option keys stored in the {@code chosen} column: comma-separated, or null for none. */
    public static Set<String> chosenKeys(String stored) {
        return stored == null ? Set.of() : Set.of(stored.split(","));
    }

    /** The options in the order this trainee sees them. */
    public List<QuestionOption> getOptions() {
        List<String> order = Arrays.asList(optionOrder.split(","));
        return question.getOptions().stream()
                .sorted(java.util.Comparator.comparingInt(option -> order.indexOf(option.getOptionKey())))
                .toList();
    }

    public boolean isChosen(QuestionOption option) {
        return getChosenKeys().contains(option.getOptionKey());
    }

    /** Full marks, after submission. */
    public boolean isCorrect() {
        return points != null && points >= 1.0 - 1e-9;
    }

    public Long getId() {
        return id;
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public int getPosition() {
        return position;
    }

    public Question getQuestion() {
        return question;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Double getPoints() {
        return points;
    }
}
