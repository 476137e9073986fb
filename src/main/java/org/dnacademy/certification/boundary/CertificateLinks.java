package org.dnacademy.certification.boundary;

import jakarta.servlet.http.HttpServletRequest;

import org.dnacademy.certification.control.CertificateDocument;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.platform.Settings;

/** Where a certificate can be verified, and the facts printed on its PDF. */
final class CertificateLinks {

    private CertificateLinks() {
    }

    static String siteUrl(HttpServletRequest request) {
        return Settings.find(Settings.PUBLIC_URL).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(() -> {
                    int port = request.getServerPort();
                    boolean defaultPort = (port == 80 && "http".equals(request.getScheme())) || (port == 443 && "https".equals(request.getScheme()));
                    return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
                });
    }

    static String verificationUrl(HttpServletRequest request, Certificate certificate) {
        return siteUrl(request) + "/verify/" + certificate.getCode();
    }

    static CertificateDocument document(HttpServletRequest request, Certificate certificate) {
        return new CertificateDocument(certificate.getKind().getLabel(), certificate.getHolderName(), certificate.getCertifiedFor(),
                certificate.getModuleVersion() == null ? null : certificate.getModuleVersion().getShortVersion(),
                certificate.getScorePercent(), certificate.getIssuedOn(), certificate.getExpiresOn(), certificate.getCode(),
                verificationUrl(request, certificate));
    }

    static String fileName(Certificate certificate) {
        return "dn-academy-" + (certificate.getModuleKey() == null ? "programme" : certificate.getModuleKey()) + "-"
                + certificate.getCode() + ".pdf";
    }
}
