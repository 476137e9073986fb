package org.dnacademy.identity.boundary;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.control.LoginThrottle;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.RejectedException;

/** {@code login.xhtml}: signs in with e-mail and password. */
@Named
@RequestScoped
public class LoginBacking {

    static final String WRONG = "The e-mail address or password is wrong.";

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    FacesContext faces;

    private String email;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        String address = request.getRemoteAddr();
        String who = email == null ? "" : email.strip();

        var wait = throttle.waitBeforeAttempt(who, address);
        if (wait.isPresent()) {
            audit.record(who, AuditAction.LOGIN_THROTTLED, who, null, address);
            error("Too many failed sign-in attempts. Try again in " + minutes(wait.get()) + ".");
            return;
        }
        // A fresh session id at sign-in, so a session id planted before sign-in is worthless.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status;
        try {
            status = security.authenticate(request, response, AuthenticationParameters.withParams()
                    .credential(new UsernamePasswordCredential(who, password == null ? "" : password))
                    .newAuthentication(true));
        } catch (RejectedException busy) {
            error(busy.getMessage());
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> {
                signedIn(who, address);
                faces.responseComplete();
            }
            case SUCCESS -> {
                signedIn(who, address);
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> {
                throttle.failed(who, address);
                audit.record(who.isEmpty() ? "anonymous" : who, AuditAction.LOGIN_FAILED, who, null, address);
                error(WRONG);
            }
        }
    }

    private void signedIn(String who, String address) {
        throttle.succeeded(who);
        audit.record(who.toLowerCase(java.util.Locale.ROOT), AuditAction.LOGIN_SUCCEEDED, null, null, address);
    }

    private void error(String message) {
        Messages.error(faces, message);
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
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
}
