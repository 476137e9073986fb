package org.dnacademy.identity.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/** {@code account/password.xhtml}: change one's own password (required after a one-time password). */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.error(faces, "The two new passwords do not match.");
            return;
        }
        try {
            accounts.changePassword(currentUser.getEmail(), currentPassword, newPassword);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Your password has been changed.");
        Pages.redirect(faces, "/index.xhtml");
    }

    public boolean isRequired() {
        return currentUser.account().map(a -> a.isMustChangePassword()).orElse(false);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
