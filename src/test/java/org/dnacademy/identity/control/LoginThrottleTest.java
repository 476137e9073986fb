package org.dnacademy.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-10T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresForOneAccountBlockItUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Ada@example.org", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(throttle.waitBeforeAttempt("ada@example.org", "10.0.0.9").isEmpty(), "four failures are allowed");
        throttle.failed("ada@example.org", "10.0.0.5");

        assertEquals(Duration.ofMinutes(11), throttle.waitBeforeAttempt("ADA@example.org", "10.0.0.9").orElseThrow(),
                "blocked for any address and any spelling of the e-mail");
        assertTrue(throttle.waitBeforeAttempt("bob@example.org", "10.0.0.9").isEmpty(), "other accounts are not affected");

        clock.advance(Duration.ofMinutes(11));
        assertTrue(throttle.waitBeforeAttempt("ada@example.org", "10.0.0.9").isEmpty(), "the oldest failure has expired");
    }

    @Test
    void twentyFailuresFromOneAddressBlockThatAddressForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@example.org", "192.0.2.7");
        }
        assertTrue(throttle.waitBeforeAttempt("new@example.org", "192.0.2.7").isPresent());
        assertTrue(throttle.waitBeforeAttempt("new@example.org", "192.0.2.8").isEmpty());
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada@example.org", "10.0.0.1");
        }
        throttle.succeeded("ada@example.org");
        throttle.failed("ada@example.org", "10.0.0.1");
        assertTrue(throttle.waitBeforeAttempt("ada@example.org", "10.0.0.1").isEmpty());
    }
}
