package org.dnacademy.identity.boundary;

import java.io.IOException;

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
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.PasswordPolicy;
import org.dnacademy.identity.control.SignInThrottle;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.ClientAddress;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Throttle;

/** {@code login.xhtml}: signs in with e-mail and password. */
@Named
@RequestScoped
public class LoginBacking {

    static final String WRONG = "The e-mail address or password is wrong.";

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    FacesContext faces;

    @Inject
    java.time.Clock clock;

    private String email;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        String address = ClientAddress.of(request);
        String who = email == null ? "" : email.strip();
        String given = password == null ? "" : password;
        if (who.length() > Account.EMAIL_LENGTH || given.length() > PasswordPolicy.MAX_INPUT_LENGTH) {
            // No account has such an address or password; nothing to look up, nothing to hash.
            error(WRONG);
            return;
        }
        Throttle.Outcome attempt = throttle.signIn(who, address);
        if (!attempt.allowed()) {
            audit.record(who, AuditAction.LOGIN_THROTTLED, who, null, address);
            error("Too many failed sign-in attempts. Try again in " + SignInThrottle.inWords(attempt.waitFor().get()) + ".");
            return;
        }
        // A fresh session id at sign-in, so a session id planted before sign-in is worthless.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status;
        try {
            status = security.authenticate(request, response, AuthenticationParameters.withParams()
                    .credential(new UsernamePasswordCredential(who, given))
                    .newAuthentication(true));
        } catch (RuntimeException e) {
            // The identity store's refusal ("the server is busy") reaches here wrapped by the security
            // layer (and perhaps the EJB container): show it, as a message, not a server error.
            RejectedException busy = refusalIn(e);
            if (busy == null) {
                throw e;
            }
            error(busy.getMessage());
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> {
                signedIn(attempt, who, address, request);
                faces.responseComplete();
            }
            case SUCCESS -> {
                signedIn(attempt, who, address, request);
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> {
                audit.record(who.isEmpty() ? "anonymous" : who, AuditAction.LOGIN_FAILED, who, null, address);
                error(WRONG);
            }
        }
    }

    private void signedIn(Throttle.Outcome attempt, String who, String address, HttpServletRequest request) {
        throttle.signedIn(attempt, who, address);
        accounts.findByEmail(who).ifPresent(account -> SignedInSession.begin(request, account, clock.instant()));
        audit.record(who.toLowerCase(java.util.Locale.ROOT), AuditAction.LOGIN_SUCCEEDED, null, null, address);
    }

    private void error(String message) {
        Messages.error(faces, message);
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

    /** The refusal somewhere in the chain of causes, or null. */
    static RejectedException refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RejectedException rejected) {
                return rejected;
            }
        }
        return null;
    }
}
