package org.dnacademy.progress.entity;

import java.time.Instant;
import java.util.Objects;

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
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;

/**
 * An adverse event during a supervised practice session, recorded by the trainee or a supervisor,
 * graded by its outcome as the adverse-events module teaches (mild: brief and reversible;
 * significant: needs medical care or disrupts normal activities; serious: hospital admission,
 * lasting disability or death). It holds no patient identifiers. Written once: when more becomes
 * known (a suspected pneumothorax turns out significant, say), a new entry corrects it.
 */
@Entity
@Table(name = "adverse_event")
@NamedQuery(name = AdverseEvent.OF_ACCOUNT, query = "SELECT e FROM AdverseEvent e WHERE e.accountId = :account ORDER BY e.reportedAt DESC, e.id DESC")
@NamedQuery(name = AdverseEvent.OF_ACCOUNTS,
        query = "SELECT e FROM AdverseEvent e WHERE e.accountId IN :accounts ORDER BY e.reportedAt DESC, e.id DESC")
public class AdverseEvent {

    public static final String OF_ACCOUNT = "AdverseEvent.ofAccount";
    public static final String OF_ACCOUNTS = "AdverseEvent.ofAccounts";

    /** Graded by outcome, as taught in the adverse-events module. */
    public enum Grade {
        MILD("Mild", "brief and reversible"),
        SIGNIFICANT("Significant", "needs medical care or disrupts the patient's normal activities"),
        SERIOUS("Serious", "hospital admission, lasting disability or death");

        private final String label;
        private final String meaning;

        Grade(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        public String getLabel() {
            return label;
        }

        public String getMeaning() {
            return meaning;
        }
    }

    /** What happened, in the categories of the adverse-events module. */
    public enum Type {
        BRUISING_OR_BLEEDING("Bruising or bleeding"),
        PAIN_OR_SORENESS("Pain or soreness after needling"),
        AGGRAVATED_SYMPTOMS("Aggravation of symptoms"),
        VASOVAGAL("Vasovagal reaction or fainting"),
        SUSPECTED_PNEUMOTHORAX("Suspected pneumothorax"),
        NERVE_SYMPTOMS("Nerve irritation or injury symptoms"),
        INFECTION("Infection at a needle site"),
        NEEDLE_INCIDENT("Bent, stuck, broken or retained needle"),
        NEEDLESTICK("Needlestick injury to the practitioner"),
        OTHER("Other");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** Where the patient was sent. */
    public enum Referral {
        NONE("No referral needed"),
        PHYSICIAN("Referred to a physician"),
        EMERGENCY("Sent to emergency care"),
        OTHER("Other referral");

        private final String label;

        Referral(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "session_id", updatable = false)
    private PracticalSession session;

    /** The trainee whose session it was. */
    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private long reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 40)
    private Type type;

    @Column(nullable = false, updatable = false, length = 2000)
    private String description;

    @Column(name = "actions_taken", nullable = false, updatable = false, length = 2000)
    private String actionsTaken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private Referral referral;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    protected AdverseEvent() {
    }

    public AdverseEvent(PracticalSession session, long reportedBy, Grade grade, Type type, String description, String actionsTaken,
            Referral referral, Long correctsId, Instant reportedAt) {
        this.session = Objects.requireNonNull(session);
        this.accountId = session.getAccountId();
        this.reportedBy = reportedBy;
        this.grade = Objects.requireNonNull(grade);
        this.type = Objects.requireNonNull(type);
        this.description = Objects.requireNonNull(description);
        this.actionsTaken = Objects.requireNonNull(actionsTaken);
        this.referral = Objects.requireNonNull(referral);
        this.correctsId = correctsId;
        this.reportedAt = Objects.requireNonNull(reportedAt);
    }

    public boolean isSerious() {
        return grade == Grade.SERIOUS;
    }

    public Long getId() {
        return id;
    }

    public PracticalSession getSession() {
        return session;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Grade getGrade() {
        return grade;
    }

    public Type getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public String getActionsTaken() {
        return actionsTaken;
    }

    public Referral getReferral() {
        return referral;
    }

    public Long getCorrectsId() {
        return correctsId;
    }
}
