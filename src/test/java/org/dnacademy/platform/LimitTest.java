package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LimitTest {

    private static final Instant START = Instant.parse("2026-01-10T09:00:00Z");

    private static List<Instant> every(Duration gap, int count) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(START.plus(gap.multipliedBy(i)));
        }
        return times;
    }

    @Test
    void aWindowAllowsItsMaximumThenWaitsForTheOldestToLeave() {
        var rule = new Limit.Window(3, Duration.ofMinutes(10));
        List<Instant> two = every(Duration.ofMinutes(1), 2);
        assertTrue(rule.waitBefore(two, START.plusSeconds(121)).isEmpty(), "two of three used");
        List<Instant> three = every(Duration.ofMinutes(1), 3);
        assertEquals(Duration.ofMinutes(8), rule.waitBefore(three, START.plus(Duration.ofMinutes(2))).orElseThrow(),
                "the first attempt leaves the window ten minutes after it was made");
        assertTrue(rule.waitBefore(three, START.plus(Duration.ofMinutes(10))).isEmpty(), "exactly at the edge it has left");
    }

    @Test
    void backoffLetsTheFreeAttemptsThroughThenDoublesTheWaitUpToTheCap() {
        var rule = new Limit.Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofDays(1));
        assertTrue(rule.waitBefore(every(Duration.ZERO, 4), START).isEmpty(), "four failures: no delay");
        assertEquals(Duration.ofSeconds(1), rule.waitBefore(every(Duration.ZERO, 5), START).orElseThrow());
        assertEquals(Duration.ofSeconds(2), rule.waitBefore(every(Duration.ZERO, 6), START).orElseThrow());
        assertEquals(Duration.ofSeconds(16), rule.waitBefore(every(Duration.ZERO, 9), START).orElseThrow());
        assertEquals(Duration.ofSeconds(30), rule.waitBefore(every(Duration.ZERO, 10), START).orElseThrow(), "capped");
        assertEquals(Duration.ofSeconds(30), rule.waitBefore(every(Duration.ZERO, 40), START).orElseThrow(), "no overflow");
        List<Instant> six = every(Duration.ZERO, 6);
        assertTrue(rule.waitBefore(six, START.plusSeconds(2)).isEmpty(), "the wait counts from the latest failure");
    }
}
