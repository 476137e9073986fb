package org.dnacademy.identity.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: 8 to 128 characters (15 or more suggested), not one of the most
 * common passwords, and not the account's own e-mail address. Following NIST SP 800-63B, there
 * are no composition rules: length and refusing known passwords matter more.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** Longer input is not even hashed at sign-in: no password is this long, and hashing it costs time. */
    public static final int MAX_INPUT_LENGTH = 1024;

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters (15 or more is better).");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("This password is one of the most commonly used and easily guessed. Choose another.");
        }
        if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not use your e-mail address as your password.");
        }
        return Optional.empty();
    }
}
