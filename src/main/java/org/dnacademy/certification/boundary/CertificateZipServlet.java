package org.dnacademy.certification.boundary;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;

/**
 * {@code /admin/certificates.zip?search=...}: the PDFs of the certificates the administrators'
 * list shows, in one ZIP file (the {@code /admin/} folder is for administrators only).
 */
@WebServlet("/admin/certificates.zip")
public class CertificateZipServlet extends HttpServlet {

    @Inject
    Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Certificate> chosen = certificates.matching(request.getParameter("search"));
        CertificateZip.write(response, chosen);
    }
}
