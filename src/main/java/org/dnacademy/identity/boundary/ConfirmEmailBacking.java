package org.dnacademy.identity.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;

/**
 * {@code confirm-email.xhtml?token=...}: the link sent after registration. Opening it changes
 * nothing (mail scanners open links too); pressing the button confirms the address, once.
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    /** From the link's query, and on the form's post from its hidden field of the same name. */
    @Inject
    @Param(name = "token")
    private String token;
    private Boolean valid;

    public void confirm() throws IOException {
        if (accounts.confirmEmail(token).isEmpty()) {
            Messages.error(faces, "This link is not valid any more. Sign in and ask for a new one from a quiz page.");
            return;
        }
        Messages.afterRedirect(faces, "Thank you: your e-mail address is confirmed and the quizzes are open to you.");
        Pages.redirect(faces, "/index.xhtml");
    }

    public boolean isValid() {
        if (valid == null) {
            valid = accounts.isConfirmationValid(token);
        }
        return valid;
    }

    public String getToken() {
        return token;
    }

}
