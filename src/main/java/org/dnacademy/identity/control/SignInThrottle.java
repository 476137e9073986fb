package org.dnacademy.identity.control;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dnacademy.platform.Limit;
import org.dnacademy.platform.Throttle;

/**
 * The limits on guessing, after OWASP's authentication guidance: growing delays rather than a hard
 * lock-out that anyone could trigger against someone else's account.
 * <ul>
 * <li>Per account and address: five failures free, then 1 s, 2 s, 4 s... up to 15 minutes between
 * tries. Someone guessing from one address slows to a crawl; the owner, from their own address,
 * is not held up by a stranger's failures.</li>
 * <li>Per address: at most 100 attempts in 15 minutes, whatever the accounts (password spraying),
 * high enough that an office behind one address still signs in.</li>
 * <li>Per account: after 100 failures in an hour from anywhere (many addresses guessing together),
 * growing delays of at most a minute.</li>
 * </ul>
 * Attempts are counted before the password is checked and forgiven when it was right, so
 * simultaneous guesses cannot all slip through before the first failure is written down.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Limit.Backoff PER_ACCOUNT_AND_ADDRESS = new Limit.Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofDays(1));
    static final Limit.Window PER_ADDRESS = new Limit.Window(100, Duration.ofMinutes(15));
    static final Limit.Backoff PER_ACCOUNT = new Limit.Backoff(100, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));

    /** Checking the current password before a change: three tries, then growing delays. */
    static final Limit.Backoff PASSWORD_CHECK = new Limit.Backoff(3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofDays(1));

    @Inject
    Throttle throttle;

    public Throttle.Outcome signIn(String email, String address) {
        String account = normalised(email);
        return throttle.attempt(List.of(
                new Limit("sign-in:" + account + "|" + address, account, PER_ACCOUNT_AND_ADDRESS),
                new Limit("sign-in-address:" + address, null, PER_ADDRESS),
                new Limit("sign-in-account:" + account, account, PER_ACCOUNT)));
    }

    /** The password was right: this attempt was no failure, and the address's earlier failures are forgotten. */
    public void signedIn(Throttle.Outcome attempt, String email, String address) {
        throttle.forgive(attempt);
        throttle.clear("sign-in:" + normalised(email) + "|" + address);
    }

    public Throttle.Outcome passwordCheck(String email) {
        String account = normalised(email);
        return throttle.attempt(List.of(new Limit("password-check:" + account, account, PASSWORD_CHECK)));
    }

    public void passwordCheckPassed(Throttle.Outcome attempt, String email) {
        throttle.forgive(attempt);
        throttle.clear("password-check:" + normalised(email));
    }

    /** An administrator lifts every delay on the account. */
    public int lift(String email) {
        return throttle.clearSubject(normalised(email));
    }

    public boolean isDelayed(String email) {
        return throttle.hasRecentAttempts(normalised(email));
    }

    /** "Try again in 3 minutes": rounded up, so nobody is told to retry too soon. */
    public static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
