package org.dnacademy.training.content;

import java.util.Set;

/**
 * How the options a trainee ticked turn into points for one question, as described in
 * {@code modules/README.md} ("How answers are scored"). Every question is worth at most one point.
 */
public enum ScoringRule {

    /** Single and true-false questions: the one correct option and nothing else earns the point. */
    ONE_CORRECT(null) {
        @Override
        public double score(Set<String> correct, Set<String> chosen) {
            return chosen.equals(correct) ? 1 : 0;
        }
    },

    /** Safety checklists: missing one step, or ticking a wrong one, is a failure. */
    ALL_OR_NOTHING("all-or-nothing") {
        @Override
        public double score(Set<String> correct, Set<String> chosen) {
            return chosen.equals(correct) ? 1 : 0;
        }
    },

    /**
     * Each correct tick earns 1/k and each wrong tick loses 1/k (k correct options), never below
     * zero, so ticking everything gains nothing.
     */
    PARTIAL("partial") {
        @Override
        public double score(Set<String> correct, Set<String> chosen) {
            if (correct.isEmpty()) {
                return 0; // the bank's rules forbid it; never divide by zero
            }
            long rightTicks = chosen.stream().filter(correct::contains).count();
            long wrongTicks = chosen.size() - rightTicks;
            return Math.max(0, rightTicks - wrongTicks) / (double) correct.size();
        }
    };

    private final String fileName;

    ScoringRule(String fileName) {
        this.fileName = fileName;
    }

    /** How the rule is written after {@code scoring:}; {@code null} when it is implied by the type. */
    public String fileName() {
        return fileName;
    }

    /**
     * The points, from 0 to 1, for ticking {@code chosen} when {@code correct} are the correct options.
     * Public so that a question stored in the database scores exactly as its file says.
     */
    public abstract double score(Set<String> correct, Set<String> chosen);
}
