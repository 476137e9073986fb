package org.dnacademy.identity.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;

/** The header's "Sign out" button (a POST, so no link can sign anyone out). */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        if (currentUser.isSignedIn()) {
            audit.record(currentUser.getEmail(), AuditAction.LOGOUT, null, null, org.dnacademy.platform.ClientAddress.of(request));
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
