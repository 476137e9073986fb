package org.dnacademy.platform;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retries a unit of work that the database refused because of contention: a lock not obtained in
 * time or a deadlock (SQL states 40XL1, 40XL2 and 40001 on Derby, 40001, 40P01 and 55P03 on
 * PostgreSQL). The database rolled the whole transaction back, so running it again is safe as long
 * as {@code work} is one complete transaction (a {@code REQUIRES_NEW} business method called from
 * outside any transaction). After {@link #TRIES} refusals the person is told to try again in a
 * moment, with nothing half-done: never a 500.
 */
public final class Contention {

    /** How often a unit of work is tried before the person is asked to try again. */
    public static final int TRIES = 6;

    /** The refusal after the last try. */
    public static final String BUSY = "The server is busy and nothing was changed. Please try again in a moment.";

    private static final Set<String> CONTENTION_STATES = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");
    private static final Logger LOG = Logger.getLogger(Contention.class.getName());

    private Contention() {
    }

    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isContention(e)) {
                    throw e;
                }
                if (attempt == TRIES) {
                    LOG.log(Level.WARNING, "Gave up after " + TRIES + " tries under contention", e);
                    throw new RejectedException(BUSY);
                }
                pause(attempt);
            }
        }
    }

    public static void retried(Runnable work) {
        retried(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the failure, or anything it was caused by, is the database refusing a lock in time or breaking a deadlock. */
    public static boolean isContention(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.PessimisticLockException || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (sql.getSQLState() != null && CONTENTION_STATES.contains(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Backs off 10, 20, 40, 80, 160 ms, each with up to as much again at random, so the contenders spread out. */
    private static void pause(int attempt) {
        long millis = 10L << (attempt - 1);
        try {
            Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedException(BUSY);
        }
    }
}
