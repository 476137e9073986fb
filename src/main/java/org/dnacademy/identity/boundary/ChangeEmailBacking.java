package org.dnacademy.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.control.EmailChanges;
import org.dnacademy.identity.control.PasswordConfirmation;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/**
 * {@code account/email.xhtml}: a person asks to sign in with another address. The current password
 * is checked first ({@link PasswordConfirmation}, throttled as on the password page), so a session left open is not enough.
 */
@Named
@RequestScoped
public class ChangeEmailBacking {

    @Inject
    EmailChanges changes;

    @Inject
    PasswordConfirmation passwordCheck;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String newEmail;
    private String currentPassword;

    public void request() {
        Account account = currentUser.get();
        try {
            passwordCheck.confirm(account, currentPassword);
            changes.request(account.getId(), newEmail);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "We have sent a link to " + newEmail.strip() + ". Your address changes when you open it; "
                + "until then you sign in as " + account.getEmail() + ".");
        Pages.redirect(faces, "/account/email.xhtml");
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
