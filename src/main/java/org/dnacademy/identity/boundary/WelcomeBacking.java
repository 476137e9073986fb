package org.dnacademy.identity.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/** {@code welcome.xhtml?token=...}: someone an administrator invited chooses their password. */
@Named
@RequestScoped
public class WelcomeBacking {

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    /** From the link's query, and on the form's post from its hidden field of the same name. */
    @Inject
    @Param(name = "token")
    private String token;
    private String password;
    private String confirmation;
    private Account invited;

    public void load() {
        invited = accounts.invited(token).orElse(null);
    }

    public void accept() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            Messages.error(faces, "The two passwords do not match.");
            return;
        }
        try {
            accounts.acceptInvitation(token, password);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Your password is set. Sign in to begin.");
        Pages.redirect(faces, "/login.xhtml");
    }

    public Account getInvited() {
        if (invited == null && token != null) {
            load();
        }
        return invited;
    }

    public String getToken() {
        return token;
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
