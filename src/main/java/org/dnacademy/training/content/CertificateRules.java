package org.dnacademy.training.content;

/**
 * @param changeRequiresRecertification {@code true}: when the module's content changes (a new
 *                                      version), holders of certificates for older versions must
 *                                      recertify
 */
public record CertificateRules(int validityMonths, boolean changeRequiresRecertification) {
}
