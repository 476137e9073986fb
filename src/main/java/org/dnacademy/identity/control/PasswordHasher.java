package org.dnacademy.identity.control;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.dnacademy.platform.RejectedException;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP's 2023 figure). One hash costs about 170 ms
 * of CPU here, so at most two run at once: a burst of sign-ins queues briefly instead of
 * starving every other request of the machine's two cores.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private static final int CONCURRENT_HASHES = 2;
    private static final long WAIT_SECONDS = 20;

    private final Semaphore permits = new Semaphore(CONCURRENT_HASHES, true);

    /** Compared against when the e-mail is unknown, so a miss costs the same time as a wrong password. */
    private String decoyHash;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(PARAMETERS);
        decoyHash = hash.generate("decoy password never used".toCharArray());
    }

    public String hash(String password) {
        return bounded(() -> hash.generate(password.toCharArray()));
    }

    public boolean verify(String password, String storedHash) {
        return bounded(() -> hash.verify(password.toCharArray(), storedHash));
    }

    /** Spends the same effort as {@link #verify} for an unknown account; always false. */
    public boolean verifyDecoy(String password) {
        bounded(() -> hash.verify(password.toCharArray(), decoyHash));
        return false;
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        boolean acquired = false;
        try {
            acquired = permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
            if (!acquired) {
                throw new RejectedException("The server is busy. Please try again in a moment.");
            }
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedException("The request was interrupted. Please try again.");
        } finally {
            if (acquired) {
                permits.release();
            }
        }
    }
}
