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

/** {@code register.xhtml}: a trainee creates an account, then signs in. */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private String displayName;
    private String email;
    private String password;
    private String confirmation;

    public void register() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            Messages.error(faces, "The two passwords do not match.");
            return;
        }
        try {
            accounts.register(email, displayName, password);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Your account has been created. Sign in to start training.");
        Pages.redirect(faces, "/login.xhtml");
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
