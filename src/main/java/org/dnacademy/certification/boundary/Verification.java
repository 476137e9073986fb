package org.dnacademy.certification.boundary;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateStatus;

/**
 * What the public verification shows of a certificate: its status and the facts printed on it,
 * and nothing else personal. The revocation reason is for authorised users only.
 */
public record Verification(CertificateStatus status, String holderName, String kind, String certifiedFor,
        String moduleVersion, LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn, String revocationReason,
        LocalDate supersededOn, LocalDate recertifyBy, java.math.BigDecimal cpdHours, java.util.List<String> competence) {

    static Verification of(Certificate certificate, CertificateStatus status, LocalDate recertifyBy, boolean showReason) {
        return new Verification(status, certificate.getHolderName(), certificate.getKind().getLabel(), certificate.getCertifiedFor(),
                certificate.getModuleVersion() == null ? null : certificate.getModuleVersion().getShortVersion(),
                certificate.getIssuedOn(), certificate.getExpiresOn(),
                certificate.getRevokedAt() == null ? null : LocalDate.ofInstant(certificate.getRevokedAt(), ZoneOffset.UTC),
                showReason ? certificate.getRevocationReason() : null,
                certificate.getSupersededAt() == null ? null : LocalDate.ofInstant(certificate.getSupersededAt(), ZoneOffset.UTC),
                recertifyBy, certificate.getCpdHours(), certificate.getCompetence());
    }

    /** "12.5", or null when the certificate records no hours. */
    public String getCpdHours() {
        return cpdHours == null || cpdHours.signum() == 0 ? null : cpdHours.stripTrailingZeros().toPlainString();
    }

    public java.util.List<String> getCompetence() {
        return competence;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getKind() {
        return kind;
    }

    public String getCertifiedFor() {
        return certifiedFor;
    }

    public String getModuleVersion() {
        return moduleVersion;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public LocalDate getSupersededOn() {
        return supersededOn;
    }

    public LocalDate getRecertifyBy() {
        return recertifyBy;
    }
}
