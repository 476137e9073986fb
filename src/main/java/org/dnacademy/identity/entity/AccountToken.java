package org.dnacademy.identity.entity;

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
 * A single-use secret sent to an account's e-mail address as a link: to confirm the address, to
 * accept an invitation, to reset a password. Only its SHA-256 is stored; the link itself is the
 * only copy of the secret.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.OPEN_FOR, query = "SELECT t FROM AccountToken t WHERE t.accountId = :account "
        + "AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String OPEN_FOR = "AccountToken.openFor";

    /** What following the link does. */
    public enum Purpose {
        VERIFY_EMAIL,
        INVITATION,
        PASSWORD_RESET,
        /** Confirms a new address for the account; the token holds the address. */
        EMAIL_CHANGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** For {@link Purpose#EMAIL_CHANGE}: the address the link confirms. */
    @Column(name = "new_email", updatable = false, length = 254)
    private String newEmail;

    protected AccountToken() {
    }

    public AccountToken(long accountId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    /** A token that confirms a new e-mail address for the account. */
    public static AccountToken emailChange(long accountId, String newEmail, String tokenHash, Instant now, Instant expiresAt) {
        var token = new AccountToken(accountId, Purpose.EMAIL_CHANGE, tokenHash, now, expiresAt);
        token.newEmail = Objects.requireNonNull(newEmail);
        return token;
    }

    public String getNewEmail() {
        return newEmail;
    }

    /** Whether it may be used now: not used before, not expired. */
    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used up: it never works again. */
    public void use(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public long getAccountId() {
        return accountId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
