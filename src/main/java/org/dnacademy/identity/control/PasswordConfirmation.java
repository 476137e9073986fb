package org.dnacademy.identity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Throttle;

/**
 * A signed-in person proves it is them by typing their password again: before changing it, and
 * when signing a record that others rely on (an observed-skill assessment). Wrong passwords are
 * throttled per account with a growing delay, whatever page asked, so a left-open session cannot
 * be used to guess it.
 */
@Stateless
public class PasswordConfirmation {

    @Inject
    Accounts accounts;

    @Inject
    SignInThrottle throttle;

    /**
     * Returns when {@code password} is the account's password.
     *
     * @throws RejectedException with the message to show when it is not, or when too many wrong
     *                           passwords were typed recently; nothing else has happened then
     */
    public void confirm(Account account, String password) {
        Throttle.Outcome attempt = throttle.passwordCheck(account.getEmail());
        if (!attempt.allowed()) {
            throw new RejectedException("Too many wrong passwords. Try again in " + SignInThrottle.inWords(attempt.waitFor().get()) + ".");
        }
        if (!accounts.isPassword(account, password)) {
            throw new RejectedException("Your password is not correct.");
        }
        throttle.passwordCheckPassed(attempt, account.getEmail());
    }
}
