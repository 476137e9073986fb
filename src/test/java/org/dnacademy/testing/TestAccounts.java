package org.dnacademy.testing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Outbox;

/**
 * In-container tests: a trainee who registered and followed the confirmation link in the e-mail
 * they were sent, the way every trainee who takes a quiz has.
 */
@Dependent
public class TestAccounts {

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    public Account registerConfirmed(String email, String name, String password) {
        Account account = accounts.register(email, name, password);
        String mail = outbox.to(account.getEmail(), 1).get(0).getTextBody();
        return accounts.confirmEmail(Mail.token(mail)).orElseThrow(() -> new AssertionError("the confirmation link did not work"));
    }
}
