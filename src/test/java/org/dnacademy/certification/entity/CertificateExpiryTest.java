package org.dnacademy.certification.entity;

import static org.dnacademy.certification.entity.CertificateStatus.EXPIRED;
import static org.dnacademy.certification.entity.CertificateStatus.EXPIRING_SOON;
import static org.dnacademy.certification.entity.CertificateStatus.RECERTIFICATION_REQUIRED;
import static org.dnacademy.certification.entity.CertificateStatus.REVOKED;
import static org.dnacademy.certification.entity.CertificateStatus.SUPERSEDED;
import static org.dnacademy.certification.entity.CertificateStatus.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CertificateExpiryTest {

    private static final LocalDate EXPIRES = LocalDate.of(2026, 3, 31);
    private static final Instant EARLIER = Instant.parse("2026-01-10T09:00:00Z");
    private static final LocalDate RECERTIFY_BY = LocalDate.of(2026, 6, 30);
    private static final int WINDOW = 30;

    @Test
    void expiryIsWholeCalendarMonthsAfterIssue() {
        assertEquals(LocalDate.of(2026, 11, 22), CertificateExpiry.expiresOn(LocalDate.of(2025, 11, 22), 12));
        assertEquals(LocalDate.of(2028, 5, 15), CertificateExpiry.expiresOn(LocalDate.of(2026, 5, 15), 24));
        assertEquals(LocalDate.of(2026, 1, 5), CertificateExpiry.expiresOn(LocalDate.of(2025, 12, 5), 1));
    }

    @Test
    void aMonthEndIsClampedToTheShorterMonth() {
        assertEquals(LocalDate.of(2026, 2, 28), CertificateExpiry.expiresOn(LocalDate.of(2026, 1, 31), 1));
        assertEquals(LocalDate.of(2028, 2, 29), CertificateExpiry.expiresOn(LocalDate.of(2028, 1, 31), 1));
        assertEquals(LocalDate.of(2026, 4, 30), CertificateExpiry.expiresOn(LocalDate.of(2026, 3, 31), 1));
    }

    @Test
    void aLeapDayIssueExpiresOnTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2029, 2, 28), CertificateExpiry.expiresOn(LocalDate.of(2028, 2, 29), 12));
        assertEquals(LocalDate.of(2032, 2, 29), CertificateExpiry.expiresOn(LocalDate.of(2028, 2, 29), 48));
    }

    @Test
    void validityMustBeAtLeastOneMonth() {
        assertThrows(IllegalArgumentException.class, () -> CertificateExpiry.expiresOn(LocalDate.of(2026, 1, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> CertificateExpiry.expiresOn(LocalDate.of(2026, 1, 1), -12));
    }

    @Test
    void validWellBeforeExpiry() {
        assertEquals(VALID, status(EXPIRES.minusMonths(6)));
    }

    @Test
    void theDayBeforeTheWindowIsStillValid() {
        assertEquals(VALID, status(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void theFirstDayOfTheWindowIsExpiringSoon() {
        assertEquals(EXPIRING_SOON, status(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theExpiryDayItselfIsStillInDate() {
        assertEquals(EXPIRING_SOON, status(EXPIRES));
    }

    @Test
    void theDayAfterExpiryIsExpired() {
        assertEquals(EXPIRED, status(EXPIRES.plusDays(1)));
        assertEquals(EXPIRED, status(EXPIRES.plusYears(3)));
    }

    @Test
    void aZeroWindowMeansOnlyTheExpiryDayIsExpiringSoon() {
        assertEquals(VALID, CertificateExpiry.status(EXPIRES, null, null, null, EXPIRES.minusDays(1), 0));
        assertEquals(EXPIRING_SOON, CertificateExpiry.status(EXPIRES, null, null, null, EXPIRES, 0));
    }

    @Test
    void theWindowCountsDaysAcrossALeapFebruary() {
        LocalDate expires = LocalDate.of(2028, 3, 15);
        // 15 March 2028 minus 30 days is 14 February, because February 2028 has 29 days
        assertEquals(VALID, CertificateExpiry.status(expires, null, null, null, LocalDate.of(2028, 2, 13), WINDOW));
        assertEquals(EXPIRING_SOON,
                CertificateExpiry.status(expires, null, null, null, LocalDate.of(2028, 2, 14), WINDOW));
        assertEquals(EXPIRING_SOON,
                CertificateExpiry.status(expires, null, null, null, LocalDate.of(2028, 2, 29), WINDOW));
    }

    @Test
    void revokedBeatsEverything() {
        for (LocalDate today : days()) {
            assertEquals(REVOKED, CertificateExpiry.status(EXPIRES, EARLIER, null, null, today, WINDOW));
            assertEquals(REVOKED, CertificateExpiry.status(EXPIRES, EARLIER, EARLIER, RECERTIFY_BY, today, WINDOW));
        }
    }

    @Test
    void supersededBeatsExpiryAndRecertification() {
        for (LocalDate today : days()) {
            assertEquals(SUPERSEDED, CertificateExpiry.status(EXPIRES, null, EARLIER, null, today, WINDOW));
            assertEquals(SUPERSEDED, CertificateExpiry.status(EXPIRES, null, EARLIER, RECERTIFY_BY, today, WINDOW));
        }
    }

    @Test
    void expiredBeatsRecertification() {
        assertEquals(EXPIRED, CertificateExpiry.status(EXPIRES, null, null, RECERTIFY_BY, EXPIRES.plusDays(1), WINDOW));
    }

    @Test
    void recertificationBeatsExpiringSoonAndValid() {
        assertEquals(RECERTIFICATION_REQUIRED,
                CertificateExpiry.status(EXPIRES, null, null, RECERTIFY_BY, EXPIRES.minusMonths(6), WINDOW));
        assertEquals(RECERTIFICATION_REQUIRED,
                CertificateExpiry.status(EXPIRES, null, null, RECERTIFY_BY, EXPIRES.minusDays(3), WINDOW));
        assertEquals(RECERTIFICATION_REQUIRED,
                CertificateExpiry.status(EXPIRES, null, null, RECERTIFY_BY, EXPIRES, WINDOW));
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CertificateExpiry.status(EXPIRES, null, null, null, EXPIRES, -1));
    }

    @Test
    void labelsReadAsPlainEnglish() {
        assertEquals("Valid", VALID.getLabel());
        assertEquals("Expiring soon", EXPIRING_SOON.getLabel());
        assertEquals("Expired", EXPIRED.getLabel());
        assertEquals("Revoked", REVOKED.getLabel());
        assertEquals("Superseded", SUPERSEDED.getLabel());
        assertEquals("Recertification required", RECERTIFICATION_REQUIRED.getLabel());
    }

    private static CertificateStatus status(LocalDate today) {
        return CertificateExpiry.status(EXPIRES, null, null, null, today, WINDOW);
    }

    /** Well before, in the window, on and after the expiry day. */
    private static LocalDate[] days() {
        return new LocalDate[] {EXPIRES.minusMonths(6), EXPIRES.minusDays(5), EXPIRES, EXPIRES.plusDays(1)};
    }
}
