package org.dnacademy.records.boundary;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Downloads;
import org.dnacademy.records.control.ProfileReport;
import org.dnacademy.records.control.ProfileReportPdf;
import org.dnacademy.records.control.ProfileReports;

/**
 * {@code /records/profile-report/<trainee id>/<profile id>}: the trainee's requirement profile
 * report as a PDF, for administrators; anything else is not found.
 */
@WebServlet("/records/profile-report/*")
public class ProfileReportServlet extends HttpServlet {

    @Inject
    ProfileReports reports;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        Optional<ProfileReport> report = Optional.empty();
        if (parts.length == 2 && parts[0].matches("[0-9]{1,18}") && parts[1].matches("[a-z0-9-]{1,64}")) {
            report = reports.of(currentUser.get(), Long.parseLong(parts[0]), parts[1]);
        }
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = ProfileReportPdf.render(report.get());
        response.setContentType("application/pdf");
        Downloads.personal(response);
        response.setHeader("Content-Disposition", "attachment; filename=\"profile-report-" + parts[0] + "-" + parts[1] + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
