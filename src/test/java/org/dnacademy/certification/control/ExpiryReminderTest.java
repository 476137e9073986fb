package org.dnacademy.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExpiryReminderTest {

    private static final LocalDate EXPIRES = LocalDate.of(2027, 6, 30);

    private static Optional<ExpiryReminder> on(LocalDate day) {
        return ExpiryReminder.due(EXPIRES, day);
    }

    @Test
    void noReminderBeforeNinetyDays() {
        assertTrue(on(EXPIRES.minusDays(91)).isEmpty());
        assertTrue(on(EXPIRES.minusYears(1)).isEmpty());
    }

    @Test
    void eachThresholdIsDueFromItsDayUntilTheNext() {
        assertEquals(90, on(EXPIRES.minusDays(90)).orElseThrow().daysBefore());
        assertEquals(90, on(EXPIRES.minusDays(31)).orElseThrow().daysBefore());
        assertEquals(30, on(EXPIRES.minusDays(30)).orElseThrow().daysBefore());
        assertEquals(30, on(EXPIRES.minusDays(8)).orElseThrow().daysBefore());
        assertEquals(7, on(EXPIRES.minusDays(7)).orElseThrow().daysBefore());
        assertEquals(7, on(EXPIRES).orElseThrow().daysBefore(), "valid through its expiry day");
        assertEquals("today", on(EXPIRES).orElseThrow().when());
        assertEquals("tomorrow", on(EXPIRES.minusDays(1)).orElseThrow().when());
        assertEquals("in 30 days", on(EXPIRES.minusDays(30)).orElseThrow().when());
    }

    @Test
    void expiredTheDayAfterAndForThirtyDaysOnly() {
        ExpiryReminder expired = on(EXPIRES.plusDays(1)).orElseThrow();
        assertTrue(expired.isExpired());
        assertEquals("certificate-expired:5", expired.key(5));
        assertTrue(on(EXPIRES.plusDays(ExpiryReminder.EXPIRED_FOR_DAYS)).orElseThrow().isExpired());
        assertTrue(on(EXPIRES.plusDays(ExpiryReminder.EXPIRED_FOR_DAYS + 1)).isEmpty(), "long-lapsed certificates are not announced");
    }

    @Test
    void aDailyRunOverTheWholeValidityPostsFourDistinctRemindersEachOnce() {
        Set<String> sent = new HashSet<>();
        int posted = 0;
        for (LocalDate day = EXPIRES.minusYears(1); day.isBefore(EXPIRES.plusDays(60)); day = day.plusDays(1)) {
            // What the job does every day, twice: post under the key unless it was posted.
            for (int run = 0; run < 2; run++) {
                Optional<ExpiryReminder> due = ExpiryReminder.due(EXPIRES, day);
                if (due.isPresent() && sent.add(due.get().key(42))) {
                    posted++;
                }
            }
        }
        assertEquals(Set.of("certificate-expiring:42:90", "certificate-expiring:42:30", "certificate-expiring:42:7",
                "certificate-expired:42"), sent);
        assertEquals(4, posted);
    }

    @Test
    void aRunMissedForWeeksSendsOnlyTheNearestReminder() {
        assertEquals("certificate-expiring:1:7", on(EXPIRES.minusDays(3)).orElseThrow().key(1),
                "90 and 30 were never sent, but only the 7-day reminder is due now");
    }

    @Test
    void theQueryWindowCoversEveryDueReminder() {
        LocalDate today = LocalDate.of(2027, 1, 1);
        assertEquals(today.plusDays(90), ExpiryReminder.horizon(today));
        assertEquals(today.minusDays(30), ExpiryReminder.expiredSince(today));
        assertTrue(ExpiryReminder.due(ExpiryReminder.horizon(today), today).isPresent());
        assertTrue(ExpiryReminder.due(ExpiryReminder.expiredSince(today), today).isPresent());
        assertTrue(ExpiryReminder.due(ExpiryReminder.horizon(today).plusDays(1), today).isEmpty());
        assertTrue(ExpiryReminder.due(ExpiryReminder.expiredSince(today).minusDays(1), today).isEmpty());
    }
}
