package org.dnacademy.certification.boundary;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.certification.control.CertificatePdf;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;

/**
 * {@code /admin/certificates.zip?search=...}: the PDFs of the certificates the administrators'
 * list shows, in one ZIP file (the {@code /admin/} folder is for administrators only).
 */
@WebServlet("/admin/certificates.zip")
public class CertificateZipServlet extends HttpServlet {

    private static final int MAX_FILES = 500;

    @Inject
    Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String term = request.getParameter("search") == null ? "" : request.getParameter("search").strip().toLowerCase(Locale.ROOT);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"dn-academy-certificates.zip\"");
        Set<String> names = new HashSet<>();
        try (var zip = new ZipOutputStream(response.getOutputStream())) {
            int count = 0;
            for (Certificate certificate : certificates.all()) {
                if (!term.isEmpty() && !AdminCertificatesBacking.matches(certificate, term)) {
                    continue;
                }
                if (++count > MAX_FILES) {
                    break;
                }
                String name = CertificateLinks.fileName(certificate);
                if (names.add(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(CertificatePdf.render(CertificateLinks.document(request, certificate)));
                    zip.closeEntry();
                }
            }
        }
    }
}
