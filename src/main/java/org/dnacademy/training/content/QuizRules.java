package org.dnacademy.training.content;

/**
 * The quiz rules of one module.
 *
 * @param timeLimitMinutes {@code null} for an untimed quiz
 * @param cooldownMinutes  wait after a failed attempt; 0 means the next attempt may start at once
 * @param retakeAfterPass  {@code false}: a passed quiz may be taken again only to recertify
 */
public record QuizRules(int passMark, int questionsPerAttempt, Integer timeLimitMinutes,
        int maxAttempts, int cooldownMinutes, boolean retakeAfterPass) {

    public boolean timed() {
        return timeLimitMinutes != null;
    }
}
