package org.dnacademy.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/** The sign-in rules as numbers; that they are counted atomically is tested in AccountsIT. */
class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");

    @Test
    void fiveWrongPasswordsFromOneAddressAreFreeThenEachWaitDoublesToAtMostFifteenMinutes() {
        var rule = SignInThrottle.PER_ACCOUNT_AND_ADDRESS;
        assertTrue(rule.waitBefore(Collections.nCopies(4, NOW), NOW).isEmpty());
        assertEquals(Duration.ofSeconds(1), rule.waitBefore(Collections.nCopies(5, NOW), NOW).orElseThrow());
        assertEquals(Duration.ofMinutes(15), rule.waitBefore(Collections.nCopies(30, NOW), NOW).orElseThrow(),
                "a long run of guesses waits at most 15 minutes: never a lock-out");
    }

    @Test
    void anOfficeBehindOneAddressIsHeldUpOnlyByAHundredAttemptsInAQuarterOfAnHour() {
        assertTrue(SignInThrottle.PER_ADDRESS.waitBefore(Collections.nCopies(99, NOW), NOW).isEmpty());
        assertTrue(SignInThrottle.PER_ADDRESS.waitBefore(Collections.nCopies(100, NOW), NOW).isPresent());
    }

    @Test
    void manyAddressesGuessingOneAccountSlowToAMinuteBetweenTries() {
        assertTrue(SignInThrottle.PER_ACCOUNT.waitBefore(Collections.nCopies(99, NOW), NOW).isEmpty());
        assertEquals(Duration.ofMinutes(1), SignInThrottle.PER_ACCOUNT.waitBefore(Collections.nCopies(200, NOW), NOW).orElseThrow());
    }

    @Test
    void waitsAreToldRoundedUp() {
        assertEquals("1 second", SignInThrottle.inWords(Duration.ofMillis(200)));
        assertEquals("45 seconds", SignInThrottle.inWords(Duration.ofSeconds(45)));
        assertEquals("2 minutes", SignInThrottle.inWords(Duration.ofSeconds(61)));
        assertEquals("15 minutes", SignInThrottle.inWords(Duration.ofMinutes(15)));
    }
}
