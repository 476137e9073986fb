package org.dnacademy.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.AccountToken;
import org.dnacademy.platform.Limit;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Throttle;

/**
 * A forgotten password, reset through a link e-mailed to the account's address: the link holds a
 * single-use token (stored only as its hash) that works for {@link AccountMail#PASSWORD_RESET_VALIDITY}.
 * Whoever asks is told the same thing whether or not an account has the address, so the form cannot
 * be used to find out who has an account. Asking is limited per network address (a refusal there
 * says nothing about any account) and per account (beyond it nothing more is sent, and the answer
 * stays the same). Setting the new password ends every session of the account.
 */
@Stateless
public class PasswordResets {

    /** What the form says after every request, whatever the address. */
    public static final String SENT = "If an account has this address, we have sent it a link to choose a new password. "
            + "The link works once, for 30 minutes. Check your spam folder if nothing arrives.";

    static final Limit.Window PER_ADDRESS = new Limit.Window(20, Duration.ofHours(1));
    static final Limit.Window PER_ACCOUNT = new Limit.Window(3, Duration.ofHours(1));

    @Inject
    Accounts accounts;

    @Inject
    AccountMail mail;

    @Inject
    AccountTokens tokens;

    @Inject
    PasswordHasher hasher;

    @Inject
    Throttle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Sends a reset link if an enabled account has the address; answers {@link #SENT} either way.
     *
     * @throws RejectedException when this network address asked too often (about no account in particular)
     */
    public String request(String typedEmail, String networkAddress) {
        var fromAddress = throttle.attempt(List.of(new Limit("password-reset-address:" + networkAddress, null, PER_ADDRESS)));
        if (!fromAddress.allowed()) {
            throw new RejectedException("Too many password resets were asked for from your network. Try again in "
                    + SignInThrottle.inWords(fromAddress.waitFor().get()) + ".");
        }
        Optional<Account> account = accounts.findByEmail(typedEmail).filter(found -> !found.isDisabled());
        if (account.isEmpty()) {
            return SENT;
        }
        String email = account.get().getEmail();
        var forAccount = throttle.attempt(List.of(new Limit("password-reset:" + email, email, PER_ACCOUNT)));
        if (forAccount.allowed()) {
            mail.passwordReset(account.get());
            audit.record(email, AuditAction.PASSWORD_RESET_REQUESTED, email, null, networkAddress);
        }
        return SENT;
    }

    /** The account whose reset link this is, while it is valid: to greet them on the form. */
    public Optional<Account> holder(String token) {
        return tokens.peek(token, AccountToken.Purpose.PASSWORD_RESET).flatMap(accounts::findById).filter(a -> !a.isDisabled());
    }

    /**
     * Sets the new password; the link stops working and every session of the account ends. Following
     * the link proved the address, so it counts as confirmed.
     */
    public Account reset(String token, String newPassword, String networkAddress) {
        Account account = holder(token).orElseThrow(() -> new RejectedException(
                "This link is not valid any more: links work once, for 30 minutes. Ask for a new one."));
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new RejectedException(problem);
        });
        tokens.redeem(token, AccountToken.Purpose.PASSWORD_RESET);
        account.changePassword(hasher.hash(newPassword), clock.instant());
        account.verifyEmail(clock.instant());
        audit.record(account.getEmail(), AuditAction.PASSWORD_RESET, account.getEmail(), "every session ended", networkAddress);
        return account;
    }
}
