package org.dnacademy.certification.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder a certificate's holder is due on a given day: 90, 30 and 7 days before it expires,
 * and once when it has expired. Only the nearest threshold reached is due, so a holder whose
 * reminders could not go out for a while (the server was down, the certificate was issued with
 * little validity left) gets one reminder, not three at once; each is sent once, under
 * {@link #key}. "Expired" is due for {@link #EXPIRED_FOR_DAYS} days after expiry, so certificates
 * that lapsed long before reminders existed are not announced years late.
 *
 * @param daysBefore the threshold (90, 30 or 7), or 0 for "expired"
 * @param daysLeft   days from the day to the expiry date; 0 on the last valid day, negative after
 */
public record ExpiryReminder(int daysBefore, long daysLeft) {

    public static final List<Integer> THRESHOLDS = List.of(7, 30, 90);
    public static final int EXPIRED_FOR_DAYS = 30;

    /** The reminder due on {@code today} for a certificate valid through {@code expiresOn}, if any. */
    public static Optional<ExpiryReminder> due(LocalDate expiresOn, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, expiresOn);
        if (left < 0) {
            return -left <= EXPIRED_FOR_DAYS ? Optional.of(new ExpiryReminder(0, left)) : Optional.empty();
        }
        return THRESHOLDS.stream().filter(threshold -> left <= threshold).findFirst().map(threshold -> new ExpiryReminder(threshold, left));
    }

    /** The earliest expiry date that can be due a reminder today (for the query). */
    public static LocalDate horizon(LocalDate today) {
        return today.plusDays(THRESHOLDS.get(THRESHOLDS.size() - 1));
    }

    /** The latest expiry date whose "expired" notice can still be due today. */
    public static LocalDate expiredSince(LocalDate today) {
        return today.minusDays(EXPIRED_FOR_DAYS);
    }

    public boolean isExpired() {
        return daysBefore == 0;
    }

    /** What the reminder is about, unique: the same certificate and threshold are never announced twice. */
    public String key(long certificateId) {
        return isExpired() ? "certificate-expired:" + certificateId : "certificate-expiring:" + certificateId + ":" + daysBefore;
    }

    /** "in 30 days", "tomorrow", "today". */
    public String when() {
        return daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
    }
}
