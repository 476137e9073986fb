package org.dnacademy.certification.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.certification.control.CertificatePdf;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.platform.Downloads;
import org.dnacademy.platform.Settings;

/**
 * Writes certificates as one ZIP of PDFs; the caller has decided which ones the viewer may have.
 * Every PDF is rendered on request, so one ZIP holds at most {@link #maxFiles()}: a larger selection
 * is refused with a message saying so, never cut short without a word. Callers may stop collecting
 * once they hold one more than {@code maxFiles()}. Each PDF is rendered before anything is sent, so
 * a certificate that cannot be printed (a name the bundled font lacks) is listed in
 * {@value #NOT_PRINTED} inside the ZIP instead of breaking the download half-way.
 */
public final class CertificateZip {

    static final String NOT_PRINTED = "not-printed.txt";

    private CertificateZip() {
    }

    /** {@code DNA_CERTIFICATES_ZIP_MAX_FILES}, 500 by default. */
    public static int maxFiles() {
        return Settings.current().zipMaxFiles();
    }

    public static void write(HttpServletResponse response, List<Certificate> certificates) throws IOException {
        if (certificates.size() > maxFiles()) {
            Downloads.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "This selection holds more than " + maxFiles()
                    + " certificates, the most one ZIP holds. Narrow the list first (a cohort, or a search).");
            return;
        }
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        List<String> notPrinted = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Certificate certificate : certificates) {
            String name = CertificateLinks.fileName(certificate);
            if (!names.add(name)) {
                continue;
            }
            try {
                pdfs.put(name, CertificatePdf.render(CertificateLinks.document(certificate)));
            } catch (IllegalArgumentException unprintable) {
                notPrinted.add(certificate.getCode() + " (" + certificate.getCertifiedFor() + "): " + unprintable.getMessage()
                        + ". Its status can be checked at " + CertificateLinks.verificationUrl(certificate));
            }
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"dn-academy-certificates.zip\"");
        Downloads.personal(response);
        try (var zip = new ZipOutputStream(response.getOutputStream())) {
            for (var pdf : pdfs.entrySet()) {
                zip.putNextEntry(new ZipEntry(pdf.getKey()));
                zip.write(pdf.getValue());
                zip.closeEntry();
            }
            if (!notPrinted.isEmpty()) {
                zip.putNextEntry(new ZipEntry(NOT_PRINTED));
                zip.write(("These certificates could not be printed as PDF; each is valid or not as its verification page says.\n"
                        + String.join("\n", notPrinted) + "\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
