package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aClaimedMessageIsNotDueToAnotherSenderUntilTheClaimLapses() {
        var message = new OutboxMessage("a@example.org", "Subject", "text", null, NOW);
        assertTrue(message.isDue(NOW));
        message.claim(NOW);
        assertFalse(message.isDue(NOW.plusSeconds(1)), "a second sender that reads it now leaves it alone");
        assertTrue(message.isDue(NOW.plus(Duration.ofMinutes(5))), "a sender that died holding it: tried again later");
        message.sent(NOW.plusSeconds(2));
        assertFalse(message.isDue(NOW.plus(Duration.ofDays(1))), "sent: never again");
    }

    @Test
    void aFailedMessageWaitsLongerAfterEachFailureAndIsNeverDropped() {
        var message = new OutboxMessage("a@example.org", "Subject", "text", null, NOW);
        Instant now = NOW;
        long previous = 0;
        for (int failure = 1; failure <= 12; failure++) {
            message.claim(now);
            message.failed("Connection refused", now);
            assertFalse(message.isDue(now), "not tried again at once");
            Instant next = now;
            long waited = 0;
            while (!message.isDue(next)) {
                next = next.plus(Duration.ofMinutes(1));
                waited++;
            }
            assertTrue(waited >= previous, "each wait at least as long as the last: " + waited);
            assertTrue(waited <= 24 * 60, "at most a day");
            previous = waited;
            now = next;
        }
        assertEquals(12, message.getAttempts());
        assertEquals(24 * 60, previous, "after many failures it is still tried, daily");
    }
}
