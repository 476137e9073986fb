package org.dnacademy.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.control.PasswordResets;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.ClientAddress;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/** {@code reset-password.xhtml?token=...}: the link of a reset e-mail; choosing the password ends every session of the account. */
@Named
@RequestScoped
public class ResetPasswordBacking {

    @Inject
    PasswordResets resets;

    @Inject
    FacesContext faces;

    @Inject
    @Param(name = "token")
    private String token;
    private String password;
    private String confirmation;
    private Account holder;
    private boolean looked;

    public void reset() {
        if (password == null || !password.equals(confirmation)) {
            Messages.error(faces, "The two passwords do not match.");
            return;
        }
        try {
            resets.reset(token, password, ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Your new password is set, and every place you were signed in has been signed out. Sign in with it now.");
        Pages.redirect(faces, "/login.xhtml");
    }

    public Account getHolder() {
        if (!looked) {
            holder = resets.holder(token).orElse(null);
            looked = true;
        }
        return holder;
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
