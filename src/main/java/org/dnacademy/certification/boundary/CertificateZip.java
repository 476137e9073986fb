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

/** Writes certificates as one ZIP of PDFs; the caller has decided which ones the viewer may have. */
public final class CertificateZip {

    public static final int MAX_FILES = 500;

    private CertificateZip() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, List<Certificate> certificates)
            throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"dn-academy-certificates.zip\"");
        Set<String> names = new HashSet<>();
        try (var zip = new ZipOutputStream(response.getOutputStream())) {
            for (Certificate certificate : certificates.stream().limit(MAX_FILES).toList()) {
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
