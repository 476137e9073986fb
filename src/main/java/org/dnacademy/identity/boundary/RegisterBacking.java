package org.dnacademy.identity.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.RegistrationPolicy;
import org.dnacademy.platform.ClientAddress;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/**
 * {@code register.xhtml}: a trainee creates an account, as the registration mode allows (anyone,
 * with the organisation's code, or not at all), then confirms their address through a link.
 */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    Accounts accounts;

    @Inject
    RegistrationPolicy policy;

    @Inject
    FacesContext faces;

    private String displayName;
    private String email;
    private String password;
    private String confirmation;
    private String code;
    private RegistrationPolicy.Mode mode;

    public void register() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            Messages.error(faces, "The two passwords do not match.");
            return;
        }
        try {
            policy.admit(code, ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
            accounts.register(email, displayName, password);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Your account has been created. We have sent a link to " + email.strip()
                + ": open it to confirm your address. You can sign in and read the lessons meanwhile.");
        Pages.redirect(faces, "/login.xhtml");
    }

    public RegistrationPolicy.Mode getMode() {
        if (mode == null) {
            mode = policy.mode();
        }
        return mode;
    }

    public boolean isOpen() {
        return getMode() != RegistrationPolicy.Mode.INVITATION;
    }

    public boolean isCodeRequired() {
        return getMode() == RegistrationPolicy.Mode.CODE;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
