package org.dnacademy.identity.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.control.RegistrationPolicy;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/** {@code admin/registration.xhtml}: who may create an account. */
@Named
@RequestScoped
public class RegistrationSettingsBacking {

    @Inject
    RegistrationPolicy policy;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String mode;
    private String code;

    public void save() throws IOException {
        RegistrationPolicy.Mode chosen;
        try {
            chosen = RegistrationPolicy.Mode.valueOf(mode == null ? "" : mode);
        } catch (IllegalArgumentException e) {
            Messages.error(faces, "Choose who may register.");
            return;
        }
        try {
            policy.change(currentUser.getEmail(), chosen, code);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Saved: " + chosen.getLabel().toLowerCase(java.util.Locale.ROOT) + ".");
        Pages.redirect(faces, "/admin/registration.xhtml");
    }

    public RegistrationPolicy.Mode[] getModes() {
        return RegistrationPolicy.Mode.values();
    }

    public String getMode() {
        if (mode == null) {
            mode = policy.mode().name();
        }
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
