package org.dnacademy.progress.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A supervisor approved a logged session, or returned it with a comment. Written once. */
@Entity
@Table(name = "practical_decision")
public class PracticalDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", updatable = false)
    private PracticalSession session;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private long decidedBy;

    @Column(nullable = false, updatable = false)
    private boolean approved;

    @Column(name = "comment_text", updatable = false, length = 2000)
    private String comment;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected PracticalDecision() {
    }

    PracticalDecision(PracticalSession session, long decidedBy, boolean approved, String comment, Instant decidedAt) {
        this.session = Objects.requireNonNull(session);
        this.decidedBy = decidedBy;
        this.approved = approved;
        this.comment = comment;
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    public Long getId() {
        return id;
    }

    public long getDecidedBy() {
        return decidedBy;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
