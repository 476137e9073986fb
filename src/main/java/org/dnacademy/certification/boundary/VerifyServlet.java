package org.dnacademy.certification.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The stable public addresses of certificates: {@code /verify/<code>} shows the verification page
 * (the QR code on every PDF points here) and {@code /verify/<code>.json} answers machines.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    static final String CODE = "dnacademy.verify.code";

    @Inject
    VerificationService verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.endsWith(".json")) {
            json(path.substring(0, path.length() - ".json".length()), request, response);
            return;
        }
        request.setAttribute(CODE, path);
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }

    private void json(String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        var lookUp = verification.lookUp(code, org.dnacademy.platform.ClientAddress.of(request));
        var found = lookUp.found();
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (lookUp.throttled()) {
            response.setStatus(429);
            body.add("status", "TOO_MANY_REQUESTS").add("message", VerificationService.TOO_MANY);
        } else if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            body.add("status", "UNKNOWN").add("message", VerificationService.UNKNOWN);
        } else {
            Verification v = found.get();
            body.add("status", v.status().name())
                    .add("statusLabel", v.status().getLabel())
                    .add("holderName", v.holderName())
                    .add("kind", v.kind())
                    .add("certifiedFor", v.certifiedFor())
                    .add("issuedOn", v.issuedOn().toString())
                    .add("expiresOn", v.expiresOn().toString());
            if (v.moduleVersion() != null) {
                body.add("moduleVersion", v.moduleVersion());
            }
            if (v.revokedOn() != null) {
                body.add("revokedOn", v.revokedOn().toString());
            }
            if (v.supersededOn() != null) {
                body.add("supersededOn", v.supersededOn().toString());
            }
            if (v.recertifyBy() != null) {
                body.add("recertifyBy", v.recertifyBy().toString());
            }
        }
        response.getWriter().write(body.build().toString());
    }
}
