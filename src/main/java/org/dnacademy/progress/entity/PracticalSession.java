package org.dnacademy.progress.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A supervised practice session a trainee logged for one skill. Never changed once logged; the
 * supervisors' decisions are appended to it, and the latest one stands.
 */
@Entity
@Table(name = "practical_session")
@NamedQuery(name = PracticalSession.BY_ACCOUNT,
        query = "SELECT s FROM PracticalSession s WHERE s.accountId = :account ORDER BY s.loggedAt DESC, s.id DESC")
@NamedQuery(name = PracticalSession.BY_ACCOUNTS,
        query = "SELECT s FROM PracticalSession s WHERE s.accountId IN :accounts ORDER BY s.loggedAt, s.id")
@NamedQuery(name = PracticalSession.ALL, query = "SELECT s FROM PracticalSession s ORDER BY s.loggedAt, s.id")
public class PracticalSession {

    public static final String BY_ACCOUNT = "PracticalSession.byAccount";
    public static final String BY_ACCOUNTS = "PracticalSession.byAccounts";
    public static final String ALL = "PracticalSession.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "skill_id", updatable = false)
    private PracticalSkillDefinition skill;

    @Column(name = "skill_key", nullable = false, updatable = false, length = 64)
    private String skillKey;

    @Column(name = "performed_on", nullable = false, updatable = false)
    private LocalDate performedOn;

    @Column(name = "body_region", nullable = false, updatable = false, length = 120)
    private String bodyRegion;

    @Column(updatable = false, length = 2000)
    private String notes;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("decidedAt, id")
    private List<PracticalDecision> decisions = new ArrayList<>();

    protected PracticalSession() {
    }

    public PracticalSession(long accountId, PracticalSkillDefinition skill, LocalDate performedOn, String bodyRegion, String notes,
            Instant loggedAt) {
        this.accountId = accountId;
        this.skill = Objects.requireNonNull(skill);
        this.skillKey = skill.getSkillKey();
        this.performedOn = Objects.requireNonNull(performedOn);
        this.bodyRegion = Objects.requireNonNull(bodyRegion);
        this.notes = notes;
        this.loggedAt = Objects.requireNonNull(loggedAt);
    }

    /** Appends a supervisor's decision; earlier decisions stay as they were. */
    public PracticalDecision decide(long supervisorId, boolean approved, String comment, Instant now) {
        var decision = new PracticalDecision(this, supervisorId, approved, comment, now);
        decisions.add(decision);
        return decision;
    }

    public PracticalDecision getLatestDecision() {
        return decisions.stream().max(Comparator.comparing(PracticalDecision::getDecidedAt).thenComparing(PracticalDecision::getId,
                Comparator.nullsLast(Comparator.naturalOrder()))).orElse(null);
    }

    public boolean isApproved() {
        return getLatestDecision() != null && getLatestDecision().isApproved();
    }

    /** "Waiting for sign-off", "Approved" or "Returned". */
    public String getState() {
        PracticalDecision latest = getLatestDecision();
        return latest == null ? "Waiting for sign-off" : latest.isApproved() ? "Approved" : "Returned";
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public PracticalSkillDefinition getSkill() {
        return skill;
    }

    public String getSkillKey() {
        return skillKey;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public String getBodyRegion() {
        return bodyRegion;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public List<PracticalDecision> getDecisions() {
        return decisions;
    }
}
