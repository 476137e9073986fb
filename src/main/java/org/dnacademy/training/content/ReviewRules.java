package org.dnacademy.training.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a trainee may see of a submitted attempt, and when (after Moodle's review options). The
 * full review shows every answer key with its feedback and explanation, so it is held back until
 * seeing it can no longer help anyone pass: a bank whose keys anyone could read after one blank
 * attempt certifies nothing. Before that, a failed attempt shows at most which items were wrong.
 *
 * @param afterFailedAttempt what a failed attempt shows before the full review is open
 * @param fullReview         from when the full review (keys, feedback, explanations) is shown
 */
public record ReviewRules(AfterFailedAttempt afterFailedAttempt, FullReview fullReview) {

    /** The defaults, safe for a certifying quiz. */
    public static final ReviewRules DEFAULT = new ReviewRules(AfterFailedAttempt.WRONG_ITEMS, FullReview.AFTER_PASS_OR_LAST_ATTEMPT);

    public enum AfterFailedAttempt {
        /** The score and the pass mark only. */
        SCORE_ONLY("score-only"),
        /** Which questions were answered wrongly, with the trainee's answer, the topic and the sources; no key. */
        WRONG_ITEMS("wrong-items"),
        /** As {@link #WRONG_ITEMS}, with each question's explanation (which may point to the key). */
        WRONG_ITEMS_AND_EXPLANATIONS("wrong-items-and-explanations");

        private final String fileName;

        AfterFailedAttempt(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    public enum FullReview {
        /** Once the trainee has passed the module. */
        AFTER_PASS("after-pass"),
        /** Once the trainee has passed, or has used every attempt allowed. */
        AFTER_PASS_OR_LAST_ATTEMPT("after-pass-or-last-attempt"),
        /** After every attempt, passed or not: for practice quizzes that certify nothing. */
        AFTER_EVERY_ATTEMPT("after-every-attempt");

        private final String fileName;

        FullReview(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    static <E extends Enum<E>> Optional<E> named(Class<E> type, String written, java.util.function.Function<E, String> name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> name.apply(value).equals(written)).findFirst();
    }
}
