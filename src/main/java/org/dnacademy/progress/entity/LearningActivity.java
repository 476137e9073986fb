package org.dnacademy.progress.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.training.content.DeliveryMode;

/**
 * Learning a trainee did outside DN Academy's own modules (a course day, a live webinar), logged
 * with its delivery mode and hours. It counts towards requirement profiles once a supervisor or
 * administrator has confirmed it against the evidence; the confirmation is written once.
 */
@Entity
@Table(name = "learning_activity")
@NamedQuery(name = LearningActivity.OF_ACCOUNT,
        query = "SELECT a FROM LearningActivity a WHERE a.accountId = :account ORDER BY a.completedOn DESC, a.id DESC")
public class LearningActivity {

    public static final String OF_ACCOUNT = "LearningActivity.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(nullable = false, updatable = false, length = 200)
    private String provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false, updatable = false, length = 24)
    private DeliveryMode deliveryMode;

    @Column(nullable = false, updatable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(updatable = false, length = 1000)
    private String evidence;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected LearningActivity() {
    }

    public LearningActivity(long accountId, String title, String provider, DeliveryMode deliveryMode, BigDecimal hours, LocalDate completedOn,
            String evidence, Instant loggedAt) {
        this.accountId = accountId;
        this.title = Objects.requireNonNull(title);
        this.provider = Objects.requireNonNull(provider);
        this.deliveryMode = Objects.requireNonNull(deliveryMode);
        this.hours = Objects.requireNonNull(hours);
        this.completedOn = Objects.requireNonNull(completedOn);
        this.evidence = evidence;
        this.loggedAt = Objects.requireNonNull(loggedAt);
    }

    /** A supervisor or administrator confirms it against the evidence; once. */
    public void confirm(long by, Instant now) {
        if (by == accountId) {
            throw new RejectedException("Nobody confirms their own learning hours.");
        }
        if (confirmedAt != null) {
            throw new RejectedException("These hours were confirmed already.");
        }
        confirmedBy = by;
        confirmedAt = now;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public Long getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
