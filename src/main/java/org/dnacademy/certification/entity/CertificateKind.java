package org.dnacademy.certification.entity;

/** What a certificate attests. */
public enum CertificateKind {
    MODULE("Module certificate"),
    PROGRAMME("Programme certificate");

    private final String label;

    CertificateKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
