package org.dnacademy.certification.boundary;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code verify.xhtml} (and {@code /verify/<code>}): anyone checks a certificate by its code. */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    VerificationService verification;

    @Inject
    FacesContext faces;

    private String code;
    private VerificationService.LookUp result;

    public void load() {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (code == null && request.getAttribute(VerifyServlet.CODE) != null) {
            code = (String) request.getAttribute(VerifyServlet.CODE);
        }
        if (code == null || code.isBlank()) {
            return;
        }
        result = verification.lookUp(code, org.dnacademy.platform.ClientAddress.of(request));
        if (result.throttled()) {
            ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(429);
        }
    }

    public boolean isAsked() {
        return result != null;
    }

    public boolean isThrottled() {
        return result != null && result.throttled();
    }

    public Verification getFound() {
        return result == null ? null : result.found().orElse(null);
    }

    public String getUnknownMessage() {
        return VerificationService.UNKNOWN;
    }

    public String getThrottledMessage() {
        return VerificationService.TOO_MANY;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
