package org.dnacademy.certification.boundary;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.certification.control.CertificatePdf;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.platform.Settings;

/**
 * Writes certificates as one ZIP of PDFs; the caller has decided which ones the viewer may have.
 * Every PDF is rendered on request, so one ZIP holds at most {@link #maxFiles()}: a larger selection
 * is refused with a message saying so, never cut short without a word. Callers may stop collecting
 * once they hold one more than {@code maxFiles()}.
 */
public final class CertificateZip {

    private CertificateZip() {
    }

    /** {@code dna.certificates.zip.max.files}, 500 by default. */
    public static int maxFiles() {
        return Integer.parseInt(Settings.get(Settings.ZIP_MAX_FILES, "500"));
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, List<Certificate> certificates)
            throws IOException {
        if (certificates.size() > maxFiles()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("This selection holds more than " + maxFiles()
                    + " certificates, the most one ZIP holds. Narrow the list first (a cohort, or a search).");
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"dn-academy-certificates.zip\"");
        Set<String> names = new HashSet<>();
        try (var zip = new ZipOutputStream(response.getOutputStream())) {
            for (Certificate certificate : certificates) {
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
