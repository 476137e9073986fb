package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class JobLeaseTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration HOLD = Duration.ofSeconds(10);

    @Test
    void aNewRowIsFreeAndTheFirstInstanceTakesIt() {
        var lease = new JobLease("outbox", NOW);
        assertTrue(lease.take("a", NOW, HOLD));
        assertEquals("a", lease.getHolder());
        assertEquals(NOW.plus(HOLD), lease.getHeldUntil());
    }

    @Test
    void anotherInstanceIsRefusedWhileTheLeaseRunsAndTakesItHalfAHoldAfterItRanOut() {
        var lease = new JobLease("outbox", NOW);
        lease.take("a", NOW, HOLD);
        assertFalse(lease.take("b", NOW.plusSeconds(9), HOLD), "still a's");
        assertFalse(lease.take("b", NOW.plusSeconds(14), HOLD), "run out, but a's head start to renew it");
        assertEquals("a", lease.getHolder());
        assertEquals(NOW.plus(HOLD), lease.getHeldUntil(), "a refused taker changes nothing");
        assertTrue(lease.take("b", NOW.plusSeconds(15), HOLD), "a is presumed dead");
        assertEquals("b", lease.getHolder());
        assertFalse(lease.take("a", NOW.plusSeconds(16), HOLD), "a, back, waits its turn");
    }

    @Test
    void aLiveHolderWhoseTimerFiresJustAfterItsLeaseRanOutKeepsTheJob() {
        var lease = new JobLease("outbox", NOW);
        lease.take("a", NOW, Duration.ofSeconds(8)); // a timer every 10 s
        assertFalse(lease.take("b", NOW.plusSeconds(10), Duration.ofSeconds(8)), "b's timer fired first");
        assertTrue(lease.take("a", NOW.plusSeconds(10), Duration.ofSeconds(8)));
    }

    @Test
    void theHolderRenewsItsOwnLeaseEvenBeforeItRunsOut() {
        var lease = new JobLease("outbox", NOW);
        lease.take("a", NOW, HOLD);
        assertTrue(lease.take("a", NOW.plusSeconds(5), HOLD));
        assertEquals(NOW.plusSeconds(15), lease.getHeldUntil());
    }

    @Test
    void aLockHeldForATransactionLeavesNoLeaseBehind() {
        var lease = new JobLease("curriculum-load", NOW);
        lease.lockedBy("a", NOW);
        assertEquals("a", lease.getHolder());
        assertTrue(lease.take("b", NOW, HOLD), "a timer may take the row at once");
    }

    @Test
    void aLeaseIsHeldForSomeTime() {
        var lease = new JobLease("outbox", NOW);
        assertThrows(IllegalArgumentException.class, () -> lease.take("a", NOW, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> lease.take("a", NOW, Duration.ofSeconds(-1)));
    }
}
