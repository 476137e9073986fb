package org.dnacademy.records.boundary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.certification.boundary.CertificateZip;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.records.control.CompletionRecords;

/**
 * {@code /records/certificates.zip?...}: the certificates (current and past) of the trainees the
 * filtered dashboard shows, for supervisors of their cohorts and administrators, as one ZIP.
 */
@WebServlet("/records/certificates.zip")
public class RecordsCertificatesZipServlet extends HttpServlet {

    @Inject
    CompletionRecords records;

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Certificate> chosen = new ArrayList<>();
        try {
            // One more than a ZIP may hold is enough to refuse it; the rest need not be read.
            for (long traineeId : records.matchingIds(currentUser.get(), RecordsFilters.from(request))) {
                chosen.addAll(certificates.ofAccount(traineeId));
                if (chosen.size() > CertificateZip.maxFiles()) {
                    break;
                }
            }
        } catch (RejectedException unknownFilter) {
            org.dnacademy.platform.Downloads.refuse(response, HttpServletResponse.SC_BAD_REQUEST, unknownFilter.getMessage());
            return;
        }
        CertificateZip.write(response, chosen);
    }
}
