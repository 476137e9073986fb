package org.dnacademy.progress.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How an assessor marked one checklist step of an observed session. The step's text and whether
 * it was critical are copied, so the record reads the same after the checklist changes.
 */
@Embeddable
public class StepMark {

    /** Done, not done, or not applicable in this session. */
    public enum Mark {
        DONE("Done"),
        NOT_DONE("Not done"),
        NOT_APPLICABLE("Not applicable");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "step_text", nullable = false, updatable = false, length = 1000)
    private String stepText;

    @Column(nullable = false, updatable = false)
    private boolean critical;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Mark mark;

    @Column(name = "comment_text", updatable = false, length = 1000)
    private String comment;

    protected StepMark() {
    }

    public StepMark(SkillStep step, Mark mark, String comment) {
        this.position = step.getPosition();
        this.stepText = step.getText();
        this.critical = step.isCritical();
        this.mark = Objects.requireNonNull(mark);
        this.comment = comment;
    }

    /** A critical step counts only when done: "not applicable" is not allowed for a step the session cannot do without. */
    public boolean failsCritical() {
        return critical && mark != Mark.DONE;
    }

    public int getPosition() {
        return position;
    }

    public String getStepText() {
        return stepText;
    }

    public boolean isCritical() {
        return critical;
    }

    public Mark getMark() {
        return mark;
    }

    public String getComment() {
        return comment;
    }
}
