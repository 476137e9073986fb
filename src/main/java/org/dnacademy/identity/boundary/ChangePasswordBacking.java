package org.dnacademy.identity.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.PasswordConfirmation;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.ClientAddress;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/**
 * {@code account/password.xhtml}: change one's own password (required after a one-time password).
 * Checking the current password is throttled like signing in, since a session left open is
 * otherwise a way to guess it; the change ends every other session of the account and gives this
 * one a new id. The page also signs the account out everywhere.
 */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    Accounts accounts;

    @Inject
    PasswordConfirmation passwordCheck;

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
        Account account = currentUser.get();
        try {
            passwordCheck.confirm(account, currentPassword);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage().replace("Your password", "Your current password"));
            return;
        }
        Account changed;
        try {
            changed = accounts.changePassword(account.getId(), currentPassword, newPassword);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.changeSessionId();
        SignedInSession.renew(request, changed);
        Messages.afterRedirect(faces, "Your password has been changed. Any other place you were signed in has been signed out.");
        Pages.redirect(faces, "/index.xhtml");
    }

    /** "Sign out everywhere": every session of the account ends, this one too (a lost phone, a shared computer). */
    public void signOutEverywhere() throws IOException, ServletException {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        accounts.signOutEverywhere(currentUser.get().getId(), ClientAddress.of(request));
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=everywhere");
        faces.responseComplete();
    }

    public boolean isRequired() {
        return currentUser.account().map(Account::isMustChangePassword).orElse(false);
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
