package org.dnacademy.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.identity.entity.AccountToken;

/**
 * Issues and redeems the single-use secrets sent by e-mail. A new token for the same account and
 * purpose retires the earlier ones, so only the latest link works.
 */
@Stateless
public class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 256 bits: as hard to guess as the key of a strong cipher. */
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new token; the returned text goes into the link and is not stored anywhere. */
    public String issue(long accountId, AccountToken.Purpose purpose, Duration validFor) {
        Instant now = clock.instant();
        retireOpen(accountId, purpose, now);
        String token = newSecret();
        em.persist(new AccountToken(accountId, purpose, hash(token), now, now.plus(validFor)));
        return token;
    }

    /** A new token confirming {@code newEmail} for the account; earlier change links stop working. */
    public String issueEmailChange(long accountId, String newEmail, Duration validFor) {
        Instant now = clock.instant();
        retireOpen(accountId, AccountToken.Purpose.EMAIL_CHANGE, now);
        String token = newSecret();
        em.persist(AccountToken.emailChange(accountId, newEmail, hash(token), now, now.plus(validFor)));
        return token;
    }

    /** Every link of the account for this purpose stops working (its password changed, say). */
    public void retireOpen(long accountId, AccountToken.Purpose purpose, Instant now) {
        em.createNamedQuery(AccountToken.OPEN_FOR, AccountToken.class).setParameter("account", accountId)
                .setParameter("purpose", purpose).getResultList().forEach(earlier -> earlier.use(now));
    }

    /**
     * Uses the token if it is valid for this purpose and gives it back (to read what it confirms).
     * Malformed, unknown, expired and used tokens all give the same empty answer.
     */
    public Optional<AccountToken> redeemToken(String token, AccountToken.Purpose purpose) {
        return find(token, purpose).map(found -> {
            found.use(clock.instant());
            return found;
        });
    }

    /** The token, if valid, without using it. */
    public Optional<AccountToken> peekToken(String token, AccountToken.Purpose purpose) {
        return find(token, purpose);
    }

    private static String newSecret() {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /**
     * Uses the token if it is valid for this purpose, and says whose it is. Malformed, unknown,
     * expired and used tokens all give the same empty answer.
     */
    public Optional<Long> redeem(String token, AccountToken.Purpose purpose) {
        return find(token, purpose).map(found -> {
            found.use(clock.instant());
            return found.getAccountId();
        });
    }

    /** Whose the token is, without using it (to show the form a link opens). */
    public Optional<Long> peek(String token, AccountToken.Purpose purpose) {
        return find(token, purpose).map(AccountToken::getAccountId);
    }

    private Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class).setParameter("hash", hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(found -> found.getPurpose() == purpose && found.isUsable(clock.instant()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
