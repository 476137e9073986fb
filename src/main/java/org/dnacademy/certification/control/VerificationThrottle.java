package org.dnacademy.certification.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Limits public certificate look-ups per network address, so codes cannot be enumerated:
 * {@value #LOOKUPS_PER_WINDOW} look-ups per minute, page and JSON together. With 80 random bits
 * per code, guessing is hopeless anyway; the limit also keeps scrapers off the database.
 */
@ApplicationScoped
public class VerificationThrottle {

    static final int LOOKUPS_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> lookups = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public VerificationThrottle() {
    }

    VerificationThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Records a look-up; false when this address has used up its allowance for now. */
    public boolean allow(String address) {
        Instant now = clock.instant();
        if (lookups.size() > MAX_TRACKED_ADDRESSES) {
            lookups.clear(); // a flood of addresses: start afresh rather than grow without bound
        }
        Deque<Instant> times = lookups.computeIfAbsent(address == null ? "" : address, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.removeFirst();
            }
            if (times.size() >= LOOKUPS_PER_WINDOW) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
