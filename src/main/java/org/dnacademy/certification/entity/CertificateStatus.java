package org.dnacademy.certification.entity;

/** Where a certificate stands on a given day; {@link CertificateExpiry#status} decides it. */
public enum CertificateStatus {

    VALID("Valid"),
    EXPIRING_SOON("Expiring soon"),
    EXPIRED("Expired"),
    REVOKED("Revoked"),
    SUPERSEDED("Superseded"),
    RECERTIFICATION_REQUIRED("Recertification required");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    /** How pages and the public verification show the status. */
    public String getLabel() {
        return label;
    }
}
