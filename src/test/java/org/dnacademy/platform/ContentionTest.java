package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class ContentionTest {

    private static RuntimeException wrapped(SQLException sql) {
        return new EJBException(new PersistenceException("flush failed", sql));
    }

    @Test
    void lockTimeoutsAndDeadlocksOfBothDatabasesAreContention() {
        for (String state : new String[] {"40XL1", "40XL2", "40001", "40P01", "55P03"}) {
            assertTrue(Contention.isContention(wrapped(new SQLException("refused", state))), state);
        }
        SQLException chained = new SQLException("batch failed", "XJ208");
        chained.setNextException(new SQLException("lock", "40XL1"));
        assertTrue(Contention.isContention(wrapped(chained)), "a batch's chained exception");
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Contention.isContention(wrapped(new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
        assertFalse(Contention.isContention(new IllegalStateException("bug")));
        assertFalse(Contention.isContention(new RejectedException("refused by a rule")));
    }

    @Test
    void contentionIsRetriedUntilTheWorkSucceeds() {
        AtomicInteger tries = new AtomicInteger();
        String result = Contention.retried(() -> {
            if (tries.incrementAndGet() < 3) {
                throw wrapped(new SQLException("A lock could not be obtained within the time requested", "40XL1"));
            }
            return "graded";
        });
        assertEquals("graded", result);
        assertEquals(3, tries.get());
    }

    @Test
    void lastingContentionEndsInARefusalNotAServerError() {
        AtomicInteger tries = new AtomicInteger();
        RejectedException refused = assertThrows(RejectedException.class, () -> Contention.retried(() -> {
            tries.incrementAndGet();
            throw wrapped(new SQLException("deadlock", "40001"));
        }));
        assertEquals(Contention.BUSY, refused.getMessage());
        assertEquals(Contention.TRIES, tries.get());
    }

    @Test
    void anyOtherFailureIsThrownAtOnceUntouched() {
        AtomicInteger tries = new AtomicInteger();
        RejectedException rule = new RejectedException("No attempts left");
        assertSame(rule, assertThrows(RejectedException.class, () -> Contention.retried(() -> {
            tries.incrementAndGet();
            throw rule;
        })));
        assertEquals(1, tries.get());
    }
}
