package org.dnacademy.progress.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One observable step of a skill's checklist, as one version of {@code practical-skills.yaml} wrote it. */
@Embeddable
public class SkillStep {

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "step_text", nullable = false, updatable = false, length = 1000)
    private String text;

    @Column(nullable = false, updatable = false)
    private boolean critical;

    protected SkillStep() {
    }

    public SkillStep(int position, String text, boolean critical) {
        this.position = position;
        this.text = Objects.requireNonNull(text);
        this.critical = critical;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isCritical() {
        return critical;
    }
}
