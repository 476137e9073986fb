package org.dnacademy.quiz.control;

import java.util.List;

import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.training.content.ReviewRules;

/**
 * How much of a submitted attempt its trainee may see now, by the module's review rules: the full
 * review (every key, with feedback and explanation) only once seeing the keys can no longer help
 * anyone pass, that is after the trainee passed, or (where the module allows it) used every
 * attempt; before that a failed attempt shows at most which items were wrong.
 */
public enum ReviewLevel {
    /** Score and pass mark only. */
    SCORE_ONLY,
    /** Which items were wrong, with the trainee's own answers, topics and sources; no key. */
    WRONG_ITEMS,
    /** As {@link #WRONG_ITEMS}, with each item's explanation. */
    WRONG_ITEMS_AND_EXPLANATIONS,
    /** Everything: keys, feedback, explanations. */
    FULL;

    /**
     * @param attempts the trainee's attempts at the module, oldest first, including {@code attempt}
     * @param maxAttempts attempts allowed before a pass
     */
    public static ReviewLevel of(Attempt attempt, List<Attempt> attempts, ReviewRules rules, int maxAttempts) {
        if (attempt.isOpen()) {
            return SCORE_ONLY;
        }
        boolean passed = attempts.stream().anyMatch(Attempt::isPassed);
        if (passed || rules.fullReview() == ReviewRules.FullReview.AFTER_EVERY_ATTEMPT) {
            return FULL;
        }
        if (rules.fullReview() == ReviewRules.FullReview.AFTER_PASS_OR_LAST_ATTEMPT
                && attempts.stream().filter(a -> !a.isOpen()).count() >= maxAttempts) {
            return FULL;
        }
        return switch (rules.afterFailedAttempt()) {
            case SCORE_ONLY -> SCORE_ONLY;
            case WRONG_ITEMS -> WRONG_ITEMS;
            case WRONG_ITEMS_AND_EXPLANATIONS -> WRONG_ITEMS_AND_EXPLANATIONS;
        };
    }

    public boolean showsItems() {
        return this != SCORE_ONLY;
    }

    public boolean showsExplanations() {
        return this == WRONG_ITEMS_AND_EXPLANATIONS || this == FULL;
    }

    public boolean showsKeys() {
        return this == FULL;
    }
}
