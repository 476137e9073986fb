package org.dnacademy.identity.control;

import java.time.Duration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.AccountToken;
import org.dnacademy.platform.Outbox;
import org.dnacademy.platform.Settings;

/**
 * The e-mails that carry an account's links. Each link holds a fresh single-use token and goes
 * out through the outbox in the caller's transaction.
 */
@Stateless
public class AccountMail {

    public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    @Inject
    AccountTokens tokens;

    @Inject
    Outbox outbox;

    public void verification(Account account) {
        String link = Settings.current().link("/confirm-email.xhtml?token=" + tokens.issue(account.getId(),
                AccountToken.Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY));
        outbox.send(account.getEmail(), "Confirm your e-mail address for DN Academy", """
                Hello %s,

                please confirm that this is your e-mail address by opening this link within 24 hours:

                %s

                You can read the lessons straight away; quizzes open once the address is confirmed.
                If you did not create a DN Academy account, ignore this message and nothing will happen.
                """.formatted(account.getDisplayName(), link), null);
    }

    public void invitation(Account account, String invitedBy) {
        String link = Settings.current().link("/welcome.xhtml?token=" + tokens.issue(account.getId(),
                AccountToken.Purpose.INVITATION, INVITATION_VALIDITY));
        outbox.send(account.getEmail(), "You are invited to DN Academy", """
                Hello %s,

                %s has created a DN Academy account for you (%s). Choose your password within 7 days here:

                %s

                If you did not expect this invitation, ignore this message.
                """.formatted(account.getDisplayName(), invitedBy, account.getRole().getLabel().toLowerCase(java.util.Locale.ROOT), link),
                null);
    }
}
