package org.dnacademy.identity.control;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.AccountToken;
import org.dnacademy.platform.Limit;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Throttle;

/**
 * A person changes the address they sign in with. Nothing changes until they follow the link sent
 * to the new address; the old address is told at once. The caller checks the current password
 * first (throttled like signing in), since an unattended session must not be enough to take the
 * account over.
 */
@Stateless
public class EmailChanges {

    @Inject
    Accounts accounts;

    @Inject
    AccountMail mail;

    @Inject
    AccountTokens tokens;

    @Inject
    Throttle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Sends the confirmation link to the new address and a notice to the current one. */
    public void request(long accountId, String typedNewEmail) {
        Account account = accounts.get(accountId);
        String newEmail = Accounts.checkEmail(typedNewEmail);
        if (newEmail.equals(account.getEmail())) {
            throw new RejectedException("This is already your address.");
        }
        // Counted before the address is looked up, so that this page cannot be used to find out,
        // address after address, who has an account.
        var attempt = throttle.attempt(List.of(new Limit("email-change:" + account.getEmail(), account.getEmail(), Accounts.RESENDS)));
        if (!attempt.allowed()) {
            throw new RejectedException("A change was asked for several times already. Try again in "
                    + SignInThrottle.inWords(attempt.waitFor().get()) + ".");
        }
        if (accounts.findByEmail(newEmail).isPresent()) {
            throw new RejectedException("Another account has this address already.");
        }
        mail.emailChange(account, newEmail);
        audit.record(account.getEmail(), AuditAction.EMAIL_CHANGE_REQUESTED, account.getEmail(), "to " + newEmail);
    }

    /** The address a change link would confirm, while the link is valid. */
    public Optional<String> pending(String token) {
        return tokens.peekToken(token, AccountToken.Purpose.EMAIL_CHANGE).map(AccountToken::getNewEmail);
    }

    /**
     * Confirms the new address: from now on it is the account's sign-in name, and sessions signed in
     * under the old one end.
     */
    public Account confirm(String token) {
        AccountToken change = tokens.redeemToken(token, AccountToken.Purpose.EMAIL_CHANGE).orElseThrow(() -> invalid());
        Account account = accounts.findById(change.getAccountId()).filter(a -> !a.isDisabled()).orElseThrow(EmailChanges::invalid);
        if (accounts.findByEmail(change.getNewEmail()).isPresent()) {
            throw new RejectedException("Another account has this address now, so it cannot be yours as well.");
        }
        String oldEmail = account.getEmail();
        account.changeEmail(change.getNewEmail(), clock.instant());
        try {
            em.flush();
        } catch (PersistenceException taken) {
            throw new RejectedException("Another account has this address now, so it cannot be yours as well.");
        }
        audit.record(account.getEmail(), AuditAction.EMAIL_CHANGED, account.getEmail(), "from " + oldEmail);
        return account;
    }

    private static RejectedException invalid() {
        return new RejectedException("This link is not valid any more. Sign in and ask for the change again.");
    }
}
