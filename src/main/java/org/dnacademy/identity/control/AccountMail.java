package org.dnacademy.identity.control;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.AccountToken;
import org.dnacademy.platform.MailTemplates;
import org.dnacademy.platform.Outbox;
import org.dnacademy.platform.Settings;

/**
 * The e-mails that carry an account's links, each from its template in {@code mail/}. Each link
 * holds a fresh single-use token and goes out through the outbox in the caller's transaction, so
 * the mail exists exactly when the change it belongs to was committed.
 */
@Stateless
public class AccountMail {

    public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    public static final Duration PASSWORD_RESET_VALIDITY = Duration.ofMinutes(30);
    public static final Duration EMAIL_CHANGE_VALIDITY = Duration.ofHours(24);

    @Inject
    AccountTokens tokens;

    @Inject
    Outbox outbox;

    public void verification(Account account) {
        String link = link("/confirm-email.xhtml?token=", tokens.issue(account.getId(), AccountToken.Purpose.VERIFY_EMAIL,
                VERIFICATION_VALIDITY));
        outbox.send(account.getEmail(), MailTemplates.render("email-verification", Map.of("name", account.getDisplayName(), "link", link)));
    }

    /** @param cohort the cohort the person was enrolled in, or null */
    public void invitation(Account account, String invitedBy, String cohort) {
        String link = link("/welcome.xhtml?token=", tokens.issue(account.getId(), AccountToken.Purpose.INVITATION, INVITATION_VALIDITY));
        outbox.send(account.getEmail(), MailTemplates.render("invitation", Map.of("name", account.getDisplayName(),
                "invitedBy", invitedBy, "role", account.getRole().getLabel().toLowerCase(Locale.ROOT),
                "cohort", cohort == null ? "" : ", cohort " + cohort, "link", link)));
    }

    public void passwordReset(Account account) {
        String link = link("/reset-password.xhtml?token=", tokens.issue(account.getId(), AccountToken.Purpose.PASSWORD_RESET,
                PASSWORD_RESET_VALIDITY));
        outbox.send(account.getEmail(), MailTemplates.render("password-reset", Map.of("name", account.getDisplayName(), "link", link)));
    }

    /** The link goes to the new address; the old address is told, so a change nobody asked for does not pass unseen. */
    public void emailChange(Account account, String newEmail) {
        String link = link("/confirm-email-change.xhtml?token=", tokens.issueEmailChange(account.getId(), newEmail, EMAIL_CHANGE_VALIDITY));
        outbox.send(newEmail, MailTemplates.render("email-change", Map.of("name", account.getDisplayName(),
                "oldEmail", account.getEmail(), "link", link)));
        outbox.send(account.getEmail(), MailTemplates.render("email-change-notice", Map.of("name", account.getDisplayName(),
                "oldEmail", account.getEmail(), "newEmail", newEmail, "passwordLink", Settings.current().link("/account/password.xhtml"))));
    }

    private static String link(String path, String token) {
        return Settings.current().link(path + token);
    }
}
