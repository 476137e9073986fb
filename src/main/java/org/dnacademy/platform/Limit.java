package org.dnacademy.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule a {@link Throttle} applies to one bucket of attempts.
 *
 * @param bucket  what is counted, e.g. {@code "sign-in:ada@example.org|10.0.0.7"}
 * @param subject the account the bucket is about, so an administrator can lift its delays; null
 * @param rule    how the attempts in the bucket are limited
 */
public record Limit(String bucket, String subject, Rule rule) {

    public Limit {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(rule, "rule");
    }

    /** How recent attempts decide whether one more may be made now. */
    public sealed interface Rule permits Window, Backoff {

        /** Attempts older than this no longer count. */
        Duration window();

        /**
         * @param recent the bucket's attempts within {@link #window()}, oldest first
         * @return how long to wait before the next attempt, or empty when it may be made now
         */
        Optional<Duration> waitBefore(List<Instant> recent, Instant now);
    }

    /** At most {@code max} attempts in any {@code window}. */
    public record Window(int max, Duration window) implements Rule {
        @Override
        public Optional<Duration> waitBefore(List<Instant> recent, Instant now) {
            if (recent.size() < max) {
                return Optional.empty();
            }
            Instant freed = recent.get(recent.size() - max).plus(window);
            return freed.isAfter(now) ? Optional.of(Duration.between(now, freed)) : Optional.empty();
        }
    }

    /**
     * The first {@code free} attempts within {@code window} are not delayed; after that each must
     * wait longer since the previous one: {@code base}, twice that, four times... up to {@code cap}
     * (OWASP's guidance for sign-in: growing delays rather than a hard lock-out that anyone could
     * trigger for someone else's account).
     */
    public record Backoff(int free, Duration base, Duration cap, Duration window) implements Rule {
        @Override
        public Optional<Duration> waitBefore(List<Instant> recent, Instant now) {
            if (recent.size() < free) {
                return Optional.empty();
            }
            int doublings = Math.min(30, recent.size() - free);
            Duration delay = base.multipliedBy(1L << doublings);
            if (delay.compareTo(cap) > 0) {
                delay = cap;
            }
            Instant allowed = recent.get(recent.size() - 1).plus(delay);
            return allowed.isAfter(now) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
        }
    }
}
