package org.dnacademy.certification.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.certification.control.CertificatePdf;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.NotFoundException;

/**
 * {@code /certification/download/<id>}: the certificate as PDF, for its holder, administrators and
 * (through {@code /records/certificate/<id>}) the holder's supervisors. Anyone else gets 404, as if
 * it did not exist.
 */
@WebServlet("/certification/download/*")
public class CertificateDownloadServlet extends HttpServlet {

    /**
     * Request attribute set by a servlet of this application that forwards here after checking
     * that the viewer may see this certificate's holder (a supervisor of their cohort). Request
     * attributes cannot be set by a browser.
     */
    public static final String CLEARED_FOR = "dnacademy.certificate.clearedFor";

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Certificate certificate;
        try {
            long id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
            certificate = certificates.get(id);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean holder = currentUser.isSignedIn() && currentUser.get().getId() == certificate.getAccountId();
        boolean cleared = certificate.getId().equals(request.getAttribute(CLEARED_FOR));
        if (!holder && !cleared && !currentUser.isAdmin()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = CertificatePdf.render(CertificateLinks.document(certificate));
        } catch (IllegalArgumentException unprintable) {
            // The bundled font covers Latin, Greek and Cyrillic; the certificate itself stays valid
            // and verifiable at its address.
            response.setStatus(422);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("This certificate's PDF cannot be produced: " + unprintable.getMessage()
                    + "\nIts status can be checked at " + CertificateLinks.verificationUrl(certificate));
            return;
        }
        response.setContentType("application/pdf");
        org.dnacademy.platform.Downloads.personal(response);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CertificateLinks.fileName(certificate) + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
