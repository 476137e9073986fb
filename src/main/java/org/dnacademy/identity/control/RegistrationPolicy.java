package org.dnacademy.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.platform.Limit;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.SiteSettings;
import org.dnacademy.platform.Text;
import org.dnacademy.platform.Throttle;

/**
 * Who may create an account: anyone (the default), only people who know the organisation's code,
 * or nobody (accounts by invitation from an administrator). Registrations are limited per address,
 * so throwaway accounts cannot be made by the hundred.
 */
@Stateless
public class RegistrationPolicy {

    public enum Mode {
        OPEN("Anyone may register"),
        CODE("Registration needs the organisation's code"),
        INVITATION("By invitation only: administrators create accounts");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    static final String MODE = "registration.mode";
    static final String CODE_SETTING = "registration.code";

    /** Registrations (and organisation-code guesses) per address: {@code DNA_REGISTRATIONS_PER_HOUR}, 5 by default. */
    static Limit.Window perAddress() {
        return new Limit.Window(org.dnacademy.platform.Settings.current().registrationsPerHour(), Duration.ofHours(1));
    }

    public static final int CODE_MIN_LENGTH = 8;
    public static final int CODE_MAX_LENGTH = 100;

    @Inject
    SiteSettings settings;

    @Inject
    Throttle throttle;

    @Inject
    AuditLog audit;

    public Mode mode() {
        return settings.find(MODE).flatMap(RegistrationPolicy::modeNamed).orElse(Mode.OPEN);
    }

    /**
     * Refuses the registration unless the current mode allows it with this code, and counts it
     * against the address's allowance.
     */
    public void admit(String code, String address) {
        Mode mode = mode();
        if (mode == Mode.INVITATION) {
            throw new RejectedException("Accounts on this site are created by invitation. Ask your training administrator to invite you.");
        }
        Throttle.Outcome attempt = throttle.attempt(List.of(new Limit("register:" + address, null, perAddress())));
        if (!attempt.allowed()) {
            throw new RejectedException("Too many registrations from your network. Try again in "
                    + SignInThrottle.inWords(attempt.waitFor().get()) + ".");
        }
        if (mode == Mode.CODE && !matches(code, settings.find(CODE_SETTING).orElse(""))) {
            throw new RejectedException("The organisation code is not right. Ask your training administrator for it.");
        }
    }

    public void change(String actor, Mode mode, String code) {
        String newCode = code == null ? "" : Text.line(code, "The organisation code");
        boolean keepCode = newCode.isEmpty() && settings.find(CODE_SETTING).isPresent();
        if (mode == Mode.CODE && !keepCode && (newCode.length() < CODE_MIN_LENGTH || newCode.length() > CODE_MAX_LENGTH)) {
            throw new RejectedException("Choose an organisation code of " + CODE_MIN_LENGTH + " to " + CODE_MAX_LENGTH
                    + " characters, hard to guess, and share it only with your trainees.");
        }
        settings.set(MODE, mode.name(), actor);
        if (!newCode.isEmpty()) {
            settings.set(CODE_SETTING, newCode, actor);
        }
        audit.record(actor, AuditAction.REGISTRATION_CHANGED, "registration", mode.name());
    }

    /** Compared in constant time, so the code cannot be found character by character. */
    private static boolean matches(String given, String expected) {
        return !expected.isEmpty() && MessageDigest.isEqual((given == null ? "" : given.strip()).getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Mode> modeNamed(String name) {
        try {
            return Optional.of(Mode.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
