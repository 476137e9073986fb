package org.dnacademy.quiz.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dnacademy.quiz.control.Availability.State;
import org.dnacademy.quiz.entity.Attempt;

/**
 * The attempt rules of a module, from its {@code module.yaml}: a quiz opens when the lessons are
 * read and the prerequisites passed; attempts are limited in number; after a fail the trainee
 * waits out a cooldown; a passed module is not retaken unless it allows it.
 */
public final class QuizPolicy {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private QuizPolicy() {
    }

    /** Attempts count since the last pass: a retake (to recertify, say) starts a new allowance. */
    public static int attemptsSinceLastPass(List<Attempt> attempts) {
        int sinceLastPass = 0;
        for (Attempt attempt : attempts) {
            if (!attempt.isOpen()) {
                sinceLastPass = attempt.isPassed() ? 0 : sinceLastPass + 1;
            }
        }
        return sinceLastPass;
    }

    /**
     * @param attempts  the trainee's attempts at this module, oldest first
     * @param cooldown  the wait after a failed attempt
     */
    public static Availability availability(boolean prerequisitesPassed, boolean lessonsRead, List<Attempt> attempts,
            int maxAttempts, Duration cooldown, boolean retakeAfterPass, Instant now) {
        return availability(true, prerequisitesPassed, lessonsRead, Duration.ZERO, attempts, maxAttempts, cooldown, retakeAfterPass, false, now);
    }

    /**
     * @param emailConfirmed     the trainee has confirmed their e-mail address: throwaway accounts
     *                           take no quizzes
     * @param recertificationDue the trainee's certificate for this module is expiring, expired or
     *                           outdated by a content change: a passed module opens again
     * @param readingStillNeeded engaged reading the trainee's cohort still asks for in the module
     *                           before its quiz (zero when none)
     */
    public static Availability availability(boolean emailConfirmed, boolean prerequisitesPassed, boolean lessonsRead,
            Duration readingStillNeeded, List<Attempt> attempts,
            int maxAttempts, Duration cooldown, boolean retakeAfterPass, boolean recertificationDue, Instant now) {
        var open = attempts.stream().filter(Attempt::isOpen).findFirst();
        int used = (int) attempts.stream().filter(a -> !a.isOpen()).count();
        if (open.isPresent()) {
            return new Availability(State.RESUME, "You have an attempt in progress.", open.get().getId(), null, used, maxAttempts);
        }
        if (!emailConfirmed) {
            return new Availability(State.EMAIL_UNCONFIRMED, "Confirm your e-mail address first: open the link we sent you.", null, null,
                    used, maxAttempts);
        }
        if (!prerequisitesPassed) {
            return new Availability(State.LOCKED, "Pass the prerequisite modules first.", null, null, used, maxAttempts);
        }
        if (!lessonsRead) {
            return new Availability(State.LESSONS_UNREAD, "The quiz opens when you have read every lesson.", null, null, used,
                    maxAttempts);
        }
        if (!readingStillNeeded.isZero() && !readingStillNeeded.isNegative()) {
            long minutes = Math.max(1, (readingStillNeeded.toSeconds() + 59) / 60);
            return new Availability(State.READING_TIME, "Your cohort asks for more reading time before this quiz: about " + minutes
                    + " more minute" + (minutes == 1 ? "" : "s") + " with the module's lessons open.", null, null, used, maxAttempts);
        }
        boolean passed = attempts.stream().anyMatch(Attempt::isPassed);
        if (passed && !retakeAfterPass && !recertificationDue) {
            return new Availability(State.PASSED, "You have passed this module.", null, null, used, maxAttempts);
        }
        int sinceLastPass = attemptsSinceLastPass(attempts);
        if (sinceLastPass >= maxAttempts) {
            return new Availability(State.NO_ATTEMPTS_LEFT, "You have used all " + maxAttempts
                    + " attempts. Ask your supervisor to review your training before another attempt.", null, null, used, maxAttempts);
        }
        var lastFail = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
        if (lastFail != null && !lastFail.isPassed() && lastFail.getSubmittedAt() != null) {
            Instant availableAt = lastFail.getSubmittedAt().plus(cooldown);
            if (now.isBefore(availableAt)) {
                return new Availability(State.COOLDOWN, "You can try again from " + TIME.format(availableAt)
                        + ". Use the time to revisit the lessons.", null, availableAt, used, maxAttempts);
            }
        }
        return new Availability(State.AVAILABLE, "You can start an attempt.", null, null, used, maxAttempts);
    }
}
