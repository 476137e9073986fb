package org.dnacademy.certification.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is printed on a certificate, gathered so {@link CertificatePdf} needs neither entities nor a
 * database.
 *
 * @param kind            the heading, e.g. "Module certificate" or "Programme certificate"
 * @param holderName      the name as it should be printed
 * @param certifiedFor    what was certified: a module title, or "DN Academy dry needling programme"
 * @param moduleVersion   the version of the module content, or {@code null} for a programme
 * @param scorePercent    the quiz score, or {@code null} for a programme
 * @param code            the certificate code in canonical form, see {@link CertificateCode}
 * @param verificationUrl the public verification page of this certificate, encoded in the QR code
 * @param withdrawal      why the certificate no longer stands, printed in place of "valid until"
 *                        (e.g. "Revoked on 1 December 2026"); {@code null} while it stands
 * @param cpdHours        the CPD hours certified, or {@code null} when not recorded
 * @param competence      programme only: the practical skills signed off, with their body regions; else empty
 */
public record CertificateDocument(String kind, String holderName, String certifiedFor, String moduleVersion,
        Integer scorePercent, LocalDate issuedOn, LocalDate expiresOn, String code, String verificationUrl, String withdrawal,
        java.math.BigDecimal cpdHours, java.util.List<String> competence) {

    /** A certificate without hours or practical skills, as issued before they were recorded. */
    public CertificateDocument(String kind, String holderName, String certifiedFor, String moduleVersion, Integer scorePercent,
            LocalDate issuedOn, LocalDate expiresOn, String code, String verificationUrl, String withdrawal) {
        this(kind, holderName, certifiedFor, moduleVersion, scorePercent, issuedOn, expiresOn, code, verificationUrl, withdrawal, null,
                java.util.List.of());
    }

    public CertificateDocument {
        competence = competence == null ? java.util.List.of() : java.util.List.copyOf(competence);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(holderName);
        Objects.requireNonNull(certifiedFor);
        Objects.requireNonNull(issuedOn);
        Objects.requireNonNull(expiresOn);
        Objects.requireNonNull(code);
        Objects.requireNonNull(verificationUrl);
    }
}
