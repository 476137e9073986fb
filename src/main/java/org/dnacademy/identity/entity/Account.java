package org.dnacademy.identity.entity;

import java.time.Instant;
import java.util.Locale;
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
import jakarta.persistence.Version;

import org.dnacademy.platform.Ids;

/** A person who can sign in. The e-mail address (stored in lower case) is the sign-in name. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.displayName, a.email")
@NamedQuery(name = Account.COUNT_BY_ROLE, query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role")
@NamedQuery(name = Account.COUNT_ENABLED_BY_ROLE, query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.disabledAt IS NULL")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String ALL = "Account.all";
    public static final String COUNT_BY_ROLE = "Account.countByRole";
    public static final String COUNT_ENABLED_BY_ROLE = "Account.countEnabledByRole";

    public static final int EMAIL_LENGTH = 254;
    public static final int NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false, unique = true, length = EMAIL_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** When the owner proved the address is theirs by following a link sent to it; null until then. */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    /**
     * Raised whenever every other session of the account must end (a password change): a session
     * remembers the value it signed in under, and one that holds an older value is signed out.
     */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    /** When an administrator disabled the account (someone who left); null while it is enabled. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_by", length = EMAIL_LENGTH)
    private String disabledBy;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, Role role, Instant now) {
        this.email = normaliseEmail(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(now);
        this.passwordChangedAt = now;
    }

    /** E-mail addresses are compared without regard to case or surrounding blanks. */
    public static String normaliseEmail(String email) {
        return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
    }

    /** A password set by someone else (the one-time admin password) must be replaced at first sign-in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** A new password; every session signed in with the old one ends (see {@link #getSessionGeneration}). */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
        endOtherSessions();
    }

    /** Every session signed in before now ends at its next request. */
    public void endOtherSessions() {
        sessionGeneration++;
    }

    /** The owner followed a link sent to the address: it is theirs. Repeating it changes nothing. */
    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = Objects.requireNonNull(now);
        }
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    /**
     * Disabled: it cannot sign in, and every session of it ends at its next request; everything it
     * did (attempts, certificates, sign-offs) stays. Disabling a disabled account changes nothing.
     */
    public void disable(String by, Instant now) {
        if (disabledAt == null) {
            disabledAt = Objects.requireNonNull(now);
            disabledBy = Objects.requireNonNull(by);
            endOtherSessions();
        }
    }

    /** Enabled again: its owner signs in with the password they had. */
    public void enable() {
        disabledAt = null;
        disabledBy = null;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public String getDisabledBy() {
        return disabledBy;
    }

    /**
     * The owner confirmed a new address through a link sent to it: it is the sign-in name from now
     * on, and confirmed. Sessions signed in under the old address end.
     */
    public void changeEmail(String newEmail, Instant now) {
        this.email = normaliseEmail(newEmail);
        this.emailVerifiedAt = Objects.requireNonNull(now);
        endOtherSessions();
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
