package org.dnacademy.certification.boundary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.dnacademy.certification.control.CertificateDocument;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.platform.Settings;

/**
 * Where a certificate can be verified, and the facts printed on its PDF. The printed address comes
 * from the configured public address only, never from a request's Host header, which the sender
 * controls: a certificate must not carry a QR code that leads wherever a request said.
 */
final class CertificateLinks {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private CertificateLinks() {
    }

    static String verificationUrl(Certificate certificate) {
        return Settings.current().link("/verify/" + certificate.getCode());
    }

    static CertificateDocument document(Certificate certificate) {
        return new CertificateDocument(certificate.getKind().getLabel(), certificate.getHolderName(), certificate.getCertifiedFor(),
                certificate.getModuleVersion() == null ? null : certificate.getModuleVersion().getShortVersion(),
                certificate.getScorePercent(), certificate.getIssuedOn(), certificate.getExpiresOn(), certificate.getCode(),
                verificationUrl(certificate), withdrawal(certificate), certificate.getCpdHours(), certificate.getCompetence());
    }

    /** A revoked or replaced certificate says so on its face. */
    private static String withdrawal(Certificate certificate) {
        if (certificate.getRevokedAt() != null) {
            return "Revoked on " + DATE.format(LocalDate.ofInstant(certificate.getRevokedAt(), ZoneOffset.UTC));
        }
        if (certificate.getSupersededAt() != null) {
            return "Replaced on " + DATE.format(LocalDate.ofInstant(certificate.getSupersededAt(), ZoneOffset.UTC));
        }
        return null;
    }

    static String fileName(Certificate certificate) {
        return "dn-academy-" + (certificate.getModuleKey() == null ? "programme" : certificate.getModuleKey()) + "-"
                + certificate.getCode() + ".pdf";
    }
}
