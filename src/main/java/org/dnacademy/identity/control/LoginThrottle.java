package org.dnacademy.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_ACCOUNT} failed sign-ins for one
 * e-mail address, or {@value #MAX_FAILURES_PER_ADDRESS} from one network address, within
 * {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window.
 * Applies to unknown addresses too, so it reveals nothing about which accounts exist. Kept in
 * memory per server: a restart forgets it, which only ever makes it more lenient.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public LoginThrottle() {
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return how long to wait before trying again, or empty when a sign-in may be attempted now */
    public Optional<Duration> waitBeforeAttempt(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> forAccount = wait(accountKey(email), MAX_FAILURES_PER_ACCOUNT, now);
        Optional<Duration> forAddress = wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
        if (forAccount.isEmpty()) {
            return forAddress;
        }
        if (forAddress.isEmpty()) {
            return forAccount;
        }
        return Optional.of(forAccount.get().compareTo(forAddress.get()) > 0 ? forAccount.get() : forAddress.get());
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        record(accountKey(email), now);
        record(addressKey(address), now);
    }

    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
