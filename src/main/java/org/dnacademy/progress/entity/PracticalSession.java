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

import org.dnacademy.platform.Ids;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.training.content.ObservationMode;

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
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
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

    /** Where on the body, in the trainee's words ("right upper trapezius"). */
    @Column(name = "body_region", nullable = false, updatable = false, length = 120)
    private String bodyRegion;

    /** The region of the skills file the session counts for; null when the skill is not signed off by region. */
    @Column(name = "region_key", updatable = false, length = 64)
    private String regionKey;

    @Column(updatable = false, length = 2000)
    private String notes;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("decidedAt, id")
    private List<PracticalDecision> decisions = new ArrayList<>();

    protected PracticalSession() {
    }

    public PracticalSession(long accountId, PracticalSkillDefinition skill, LocalDate performedOn, String regionKey, String bodyRegion,
            String notes, Instant loggedAt) {
        this.accountId = accountId;
        this.skill = Objects.requireNonNull(skill);
        this.skillKey = skill.getSkillKey();
        this.performedOn = Objects.requireNonNull(performedOn);
        if (skill.isByRegion() && (regionKey == null || !skill.getRegionKeys().contains(regionKey))) {
            throw new RejectedException("Choose the body region of the session: this skill is signed off region by region.");
        }
        this.regionKey = skill.isByRegion() ? regionKey : null;
        this.bodyRegion = Objects.requireNonNull(bodyRegion);
        this.notes = notes;
        this.loggedAt = Objects.requireNonNull(loggedAt);
    }

    /** Appends a return without assessment; earlier decisions stay as they were. */
    public PracticalDecision returnUnassessed(long supervisorId, String comment, Instant now) {
        refuseOwnSignature(supervisorId);
        return append(PracticalDecision.returned(this, supervisorId, comment, now));
    }

    /**
     * Appends a signed assessment against the checklist of the session's skill. To correct an
     * earlier decision, name it: the correction stands from now on and both stay on the record.
     */
    public PracticalDecision assess(List<StepMark.Mark> marks, List<String> stepComments, PracticalDecision.GlobalRating rating,
            ObservationMode observation, String comment, PracticalDecision.Signature signature, Long corrects, String correctionReason,
            Instant now) {
        refuseOwnSignature(signature.signerId());
        PracticalDecision corrected = null;
        if (corrects != null) {
            corrected = decisions.stream().filter(d -> corrects.equals(d.getId())).findFirst()
                    .orElseThrow(() -> new RejectedException("That assessment is not one of this session's."));
        } else if (getLatestDecision() != null && getLatestDecision().getOutcome() != PracticalDecision.Outcome.RETURNED) {
            throw new RejectedException("This session has been assessed already. To change the outcome, correct that assessment.");
        }
        return append(PracticalDecision.assessment(this, skill.getSteps(), marks, stepComments, rating, observation, comment, signature,
                corrected, correctionReason, now));
    }

    private void refuseOwnSignature(long signerId) {
        if (signerId == accountId) {
            throw new RejectedException("Nobody signs off their own practice.");
        }
    }

    private PracticalDecision append(PracticalDecision decision) {
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

    /** "Waiting for assessment", or the outcome of the decision that stands. */
    public String getState() {
        PracticalDecision latest = getLatestDecision();
        return latest == null ? "Waiting for assessment" : latest.getOutcome().getLabel();
    }

    /** Assessed competent by the decision that stands: counts towards the skill's observed sessions. */
    public boolean isCompetent() {
        return isApproved();
    }

    public boolean isAwaitingAssessment() {
        return getLatestDecision() == null;
    }

    public String getRegionKey() {
        return regionKey;
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
