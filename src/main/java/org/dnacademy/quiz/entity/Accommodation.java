package org.dnacademy.quiz.entity;

import java.time.Instant;
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

/**
 * An adjustment for one trainee at one module's quiz, granted with a reason by someone responsible
 * for them (after Moodle's user overrides and Canvas's accommodations): extra minutes on every
 * timed attempt until withdrawn, or one attempt beyond the module's allowance, used up by the
 * attempt it allows.
 */
@Entity
@Table(name = "accommodation")
@NamedQuery(name = Accommodation.OF_TRAINEE, query = "SELECT a FROM Accommodation a WHERE a.accountId = :account ORDER BY a.grantedAt, a.id")
@NamedQuery(name = Accommodation.FOR_MODULE, query = "SELECT a FROM Accommodation a WHERE a.accountId = :account "
        + "AND a.moduleKey = :module ORDER BY a.grantedAt, a.id")
public class Accommodation {

    public static final String OF_TRAINEE = "Accommodation.ofTrainee";
    public static final String FOR_MODULE = "Accommodation.forModule";

    public static final int REASON_LENGTH = 1000;
    public static final int MAX_EXTRA_MINUTES = 240;

    public enum Kind {
        EXTRA_TIME("Extra time"),
        EXTRA_ATTEMPT("One extra attempt");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "module_key", nullable = false, updatable = false, length = 64)
    private String moduleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Column(name = "extra_minutes", updatable = false)
    private Integer extraMinutes;

    @Column(nullable = false, updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private long grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "used_by_attempt")
    private Long usedByAttempt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Accommodation() {
    }

    private Accommodation(long accountId, String moduleKey, Kind kind, Integer extraMinutes, String reason, long grantedBy, Instant now) {
        this.accountId = accountId;
        this.moduleKey = Objects.requireNonNull(moduleKey);
        this.kind = kind;
        this.extraMinutes = extraMinutes;
        this.reason = Objects.requireNonNull(reason);
        this.grantedBy = grantedBy;
        this.grantedAt = Objects.requireNonNull(now);
    }

    public static Accommodation extraTime(long accountId, String moduleKey, int minutes, String reason, long grantedBy, Instant now) {
        if (minutes < 1 || minutes > MAX_EXTRA_MINUTES) {
            throw new org.dnacademy.platform.RejectedException("Give between 1 and " + MAX_EXTRA_MINUTES + " extra minutes.");
        }
        return new Accommodation(accountId, moduleKey, Kind.EXTRA_TIME, minutes, reason, grantedBy, now);
    }

    public static Accommodation extraAttempt(long accountId, String moduleKey, String reason, long grantedBy, Instant now) {
        return new Accommodation(accountId, moduleKey, Kind.EXTRA_ATTEMPT, null, reason, grantedBy, now);
    }

    /** Extra time stands until withdrawn; an extra attempt until it is used. */
    public boolean isInForce() {
        return withdrawnAt == null && (kind == Kind.EXTRA_TIME || usedByAttempt == null);
    }

    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    /** The attempt this extra attempt allowed. */
    public void usedBy(long attemptId) {
        if (kind == Kind.EXTRA_ATTEMPT && usedByAttempt == null) {
            usedByAttempt = attemptId;
        }
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

    public Kind getKind() {
        return kind;
    }

    public Integer getExtraMinutes() {
        return extraMinutes;
    }

    public String getReason() {
        return reason;
    }

    public long getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Long getUsedByAttempt() {
        return usedByAttempt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
