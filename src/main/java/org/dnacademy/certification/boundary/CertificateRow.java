package org.dnacademy.certification.boundary;

import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateStatus;

/** A certificate with its status today, for lists. */
public record CertificateRow(Certificate certificate, CertificateStatus status) {

    public Certificate getCertificate() {
        return certificate;
    }

    public CertificateStatus getStatus() {
        return status;
    }
}
