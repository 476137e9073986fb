package org.dnacademy.records.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.certification.boundary.CertificateDownloadServlet;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.records.control.Cohorts;

/**
 * {@code /records/certificate/<id>}: a trainee's certificate PDF for their supervisors: checks that
 * the viewer may see the holder, then serves the same PDF the holder downloads.
 */
@WebServlet("/records/certificate/*")
public class RecordsCertificateServlet extends HttpServlet {

    @Inject
    Certificates certificates;

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        try {
            long id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
            if (!cohorts.maySee(currentUser.get(), certificates.get(id).getAccountId())) {
                throw new NotFoundException("certificate " + id);
            }
            request.setAttribute(CertificateDownloadServlet.CLEARED_FOR, id);
            request.getRequestDispatcher("/certification/download/" + id).forward(request, response);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
