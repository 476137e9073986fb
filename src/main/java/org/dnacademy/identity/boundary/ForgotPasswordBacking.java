package org.dnacademy.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.dnacademy.identity.control.PasswordResets;
import org.dnacademy.platform.ClientAddress;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/** {@code forgot-password.xhtml}: asks for a reset link; the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    PasswordResets resets;

    @Inject
    FacesContext faces;

    private String email;

    public void request() {
        String answer;
        try {
            answer = resets.request(email, ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, answer);
        Pages.redirect(faces, "/forgot-password.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
