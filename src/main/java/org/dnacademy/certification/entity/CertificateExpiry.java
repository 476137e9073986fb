package org.dnacademy.certification.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** When a certificate expires and what its status is on a given day. */
public final class CertificateExpiry {

    private CertificateExpiry() {
    }

    /**
     * The last day a certificate is valid: the issue date plus whole calendar months. When the
     * target month is shorter the day is clamped to its end, so a certificate issued on 31 January
     * with one month of validity expires on 28 February, or 29 February in a leap year, never
     * spilling into March; 29 February plus twelve months is 28 February.
     *
     * @param validityMonths at least one
     */
    public static LocalDate expiresOn(LocalDate issuedOn, int validityMonths) {
        Objects.requireNonNull(issuedOn);
        if (validityMonths < 1) {
            throw new IllegalArgumentException("A certificate is valid for at least one month: " + validityMonths);
        }
        return issuedOn.plusMonths(validityMonths);
    }

    /**
     * The status of a certificate on {@code today}. When several rules apply the strongest
     * statement wins, in this order:
     * <ol>
     * <li>{@link CertificateStatus#REVOKED}: revocation says the certificate should never be
     * relied on, whatever its dates, so nothing may hide it.</li>
     * <li>{@link CertificateStatus#SUPERSEDED}: a newer certificate replaced this one; whoever
     * checks it should be sent to the successor rather than told it merely expired.</li>
     * <li>{@link CertificateStatus#EXPIRED}: {@code today} is after {@code expiresOn}; a
     * certificate is valid through its expiry date.</li>
     * <li>{@link CertificateStatus#RECERTIFICATION_REQUIRED}: {@code recertifyBy} is set because
     * the module's content changed; it still counts as in date, but the holder must act, which
     * matters more than a coming expiry.</li>
     * <li>{@link CertificateStatus#EXPIRING_SOON}: {@code expiresOn} is at most
     * {@code expiringWindowDays} days away, both ends inclusive; with a 30 day window a
     * certificate expiring on 31 March is expiring soon from 1 March.</li>
     * <li>{@link CertificateStatus#VALID} otherwise.</li>
     * </ol>
     * Revocation and supersession count from the moment they are recorded, so only whether their
     * time is set matters here; the times are for the record.
     *
     * @param revokedAt          when the certificate was revoked, or {@code null}
     * @param supersededAt       when a newer certificate replaced it, or {@code null}
     * @param recertifyBy        set when the module's content changed and holders must recertify,
     *                           or {@code null}
     * @param today              the current day in the platform's time zone
     * @param expiringWindowDays zero or more
     */
    public static CertificateStatus status(LocalDate expiresOn, Instant revokedAt, Instant supersededAt,
            LocalDate recertifyBy, LocalDate today, int expiringWindowDays) {
        Objects.requireNonNull(expiresOn);
        Objects.requireNonNull(today);
        if (expiringWindowDays < 0) {
            throw new IllegalArgumentException("The expiring window cannot be negative: " + expiringWindowDays);
        }
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (supersededAt != null) {
            return CertificateStatus.SUPERSEDED;
        }
        if (today.isAfter(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        if (recertifyBy != null) {
            return CertificateStatus.RECERTIFICATION_REQUIRED;
        }
        if (!today.isBefore(expiresOn.minusDays(expiringWindowDays))) {
            return CertificateStatus.EXPIRING_SOON;
        }
        return CertificateStatus.VALID;
    }
}
