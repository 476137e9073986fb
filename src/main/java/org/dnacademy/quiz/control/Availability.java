package org.dnacademy.quiz.control;

import java.time.Instant;

/**
 * Whether a trainee may start a module's quiz now, and if not, why and from when.
 *
 * @param openAttemptId the attempt to resume, when {@code state} is {@link State#RESUME}
 * @param availableAt   when a cooldown ends, when {@code state} is {@link State#COOLDOWN}
 */
public record Availability(State state, String message, Long openAttemptId, Instant availableAt, int attemptsUsed,
        int attemptsAllowed) {

    public enum State {
        /** An attempt is open: resume it. */
        RESUME,
        /** A new attempt may start. */
        AVAILABLE,
        /** The trainee has not yet confirmed their e-mail address. */
        EMAIL_UNCONFIRMED,
        /** Prerequisite modules are not passed yet. */
        LOCKED,
        /** Some lessons are still unread. */
        LESSONS_UNREAD,
        /** The trainee's cohort asks for more reading time in the module first. */
        READING_TIME,
        /** Passed, and this module allows no retake except to recertify. */
        PASSED,
        /** Every allowed attempt has been used without a pass. */
        NO_ATTEMPTS_LEFT,
        /** A failed attempt was too recent. */
        COOLDOWN
    }

    public boolean canStart() {
        return state == State.AVAILABLE || state == State.RESUME;
    }

    public State getState() {
        return state;
    }

    public String getMessage() {
        return message;
    }

    public int getAttemptsUsed() {
        return attemptsUsed;
    }

}
