package org.dnacademy.progress.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.training.content.ObservationMode;

/**
 * A supervisor's decision on a logged session, written once. Either an assessment, with every step
 * of the skill's checklist marked, a global rating and the supervisor's signature, or a return
 * ("log it again", with a comment) without assessing. The outcome of an assessment is decided
 * here: competent only if every critical step was done and the global rating is at least "meets
 * expectations". A correction is a new decision naming the one it corrects and why.
 */
@Entity
@Table(name = "practical_decision")
public class PracticalDecision {

    /** What the decision says about the session. */
    public enum Outcome {
        COMPETENT("Competent"),
        NOT_YET_COMPETENT("Not yet competent"),
        RETURNED("Returned without assessment");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The assessor's overall judgement of the performance, in the manner of a DOPS form. */
    public enum GlobalRating {
        BELOW_EXPECTATIONS("Below expectations"),
        BORDERLINE("Borderline"),
        MEETS_EXPECTATIONS("Meets expectations"),
        ABOVE_EXPECTATIONS("Above expectations");

        private final String label;

        GlobalRating(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public boolean satisfactory() {
            return this == MEETS_EXPECTATIONS || this == ABOVE_EXPECTATIONS;
        }
    }

    /**
     * Who signed and what: the signer's name and declared standing as they were when signing, and
     * the statement they signed (after typing their password again).
     */
    public record Signature(long signerId, String signerName, String signerDetails, String statement) {
        public Signature {
            Objects.requireNonNull(signerName);
            Objects.requireNonNull(statement);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", updatable = false)
    private PracticalSession session;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private long decidedBy;

    /** The outcome was competent (kept for decisions made before assessments had outcomes). */
    @Column(nullable = false, updatable = false)
    private boolean approved;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 24)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "global_rating", updatable = false, length = 24)
    private GlobalRating globalRating;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 32)
    private ObservationMode observation;

    @Column(name = "comment_text", updatable = false, length = 2000)
    private String comment;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "signer_name", updatable = false, length = 120)
    private String signerName;

    @Column(name = "signer_details", updatable = false, length = 500)
    private String signerDetails;

    @Column(name = "signed_statement", updatable = false, length = 8000)
    private String signedStatement;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "correction_reason", updatable = false, length = 1000)
    private String correctionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practical_step_mark", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderBy("position")
    private List<StepMark> marks = new ArrayList<>();

    protected PracticalDecision() {
    }

    private PracticalDecision(PracticalSession session, long decidedBy, Outcome outcome, String comment, Instant decidedAt) {
        this.session = Objects.requireNonNull(session);
        this.decidedBy = decidedBy;
        this.outcome = outcome;
        this.approved = outcome == Outcome.COMPETENT;
        this.comment = comment;
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    /** A return without assessment: the session was logged wrongly, say, and should be logged again. */
    static PracticalDecision returned(PracticalSession session, long supervisorId, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new RejectedException("Say why you return the session without assessing it.");
        }
        return new PracticalDecision(session, supervisorId, Outcome.RETURNED, comment, now);
    }

    /**
     * A signed assessment of the session against {@code steps}, the checklist of the session's skill.
     *
     * @param marks       one mark per step, in the checklist's order
     * @param corrects    the earlier decision this one corrects, or null
     */
    static PracticalDecision assessment(PracticalSession session, List<SkillStep> steps, List<StepMark.Mark> marks, List<String> stepComments,
            GlobalRating rating, ObservationMode observation, String comment, Signature signature, PracticalDecision corrects,
            String correctionReason, Instant now) {
        if (marks.size() != steps.size() || marks.contains(null)) {
            throw new RejectedException("Mark every step of the checklist: done, not done or not applicable.");
        }
        if (rating == null) {
            throw new RejectedException("Give your global rating of the performance.");
        }
        if (observation == null) {
            throw new RejectedException("Say how you observed the session: in person or by live video.");
        }
        List<StepMark> marked = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            marked.add(new StepMark(steps.get(i), marks.get(i), stepComments.size() > i ? stepComments.get(i) : null));
        }
        boolean criticalMissed = marked.stream().anyMatch(StepMark::failsCritical);
        if (marked.stream().anyMatch(m -> m.getMark() == StepMark.Mark.NOT_DONE && (m.getComment() == null || m.getComment().isBlank()))
                && (comment == null || comment.isBlank())) {
            throw new RejectedException("Say what the trainee should do differently: a step was not done.");
        }
        Outcome outcome = !criticalMissed && rating.satisfactory() ? Outcome.COMPETENT : Outcome.NOT_YET_COMPETENT;
        var decision = new PracticalDecision(session, signature.signerId(), outcome, comment, now);
        decision.marks.addAll(marked);
        decision.globalRating = rating;
        decision.observation = observation;
        decision.signerName = signature.signerName();
        decision.signerDetails = signature.signerDetails();
        decision.signedStatement = signature.statement();
        if (corrects != null) {
            if (correctionReason == null || correctionReason.isBlank()) {
                throw new RejectedException("Say why you correct the earlier assessment; both stay on the record.");
            }
            decision.correctsId = corrects.getId();
            decision.correctionReason = correctionReason;
        }
        return decision;
    }

    /** The outcome; decisions made before outcomes were recorded read as competent or returned. */
    public Outcome getOutcome() {
        return outcome != null ? outcome : approved ? Outcome.COMPETENT : Outcome.RETURNED;
    }

    public boolean isCompetent() {
        return getOutcome() == Outcome.COMPETENT;
    }

    /** A signed assessment, as opposed to a return or a decision from before signatures. */
    public boolean isSigned() {
        return signedStatement != null;
    }

    /** Critical steps not done, in checklist order: why an assessment is "not yet competent". */
    public List<StepMark> getCriticalStepsMissed() {
        return marks.stream().filter(StepMark::failsCritical).toList();
    }

    public Long getId() {
        return id;
    }

    public long getDecidedBy() {
        return decidedBy;
    }

    public boolean isApproved() {
        return isCompetent();
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public GlobalRating getGlobalRating() {
        return globalRating;
    }

    public ObservationMode getObservation() {
        return observation;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerDetails() {
        return signerDetails;
    }

    public String getSignedStatement() {
        return signedStatement;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public List<StepMark> getMarks() {
        return Collections.unmodifiableList(marks);
    }

    public PracticalSession getSession() {
        return session;
    }
}
