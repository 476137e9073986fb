package org.dnacademy.identity.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.control.EmailChanges;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/**
 * {@code confirm-email-change.xhtml?token=...}: the link sent to a new address. Opening it changes
 * nothing (mail scanners open links too); pressing the button makes it the account's address, and
 * every session signed in under the old one ends.
 */
@Named
@RequestScoped
public class ConfirmEmailChangeBacking {

    @Inject
    EmailChanges changes;

    @Inject
    FacesContext faces;

    @Inject
    @Param(name = "token")
    private String token;
    private String pending;

    public void confirm() throws IOException, ServletException {
        String confirmed;
        try {
            confirmed = changes.confirm(token).getEmail();
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        Messages.afterRedirect(faces, "Your e-mail address is now " + confirmed + ". Sign in with it from now on.");
        Pages.redirect(faces, "/login.xhtml");
    }

    public String getPending() {
        if (pending == null) {
            pending = changes.pending(token).orElse("");
        }
        return pending;
    }

    public String getToken() {
        return token;
    }
}
