package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The scoring rules of modules/README.md ("How answers are scored"), one by one. */
class ScoringTest {

    private static final double EXACT = 1e-12;

    private static QuestionContent question(QuestionType type, ScoringRule scoring, String correct, String options) {
        List<OptionContent> written = options.chars().mapToObj(letter -> String.valueOf((char) letter))
                .map(id -> new OptionContent(id, "Option " + id, correct.contains(id), null, false)).toList();
        return new QuestionContent("q", type, null, "Which?", written, scoring, "Because.", List.of("chen-2018"),
                List.of("thorax"), "thorax", Set.of(), null);
    }

    @Nested
    class Single {

        private final QuestionContent question = question(QuestionType.SINGLE, ScoringRule.ONE_CORRECT, "b", "abcd");

        @Test
        void correctOptionEarnsThePoint() {
            assertEquals(1.0, question.score(Set.of("b")), EXACT);
        }

        @Test
        void wrongOptionEarnsNothing() {
            assertEquals(0.0, question.score(Set.of("a")), EXACT);
        }

        @Test
        void noAnswerEarnsNothing() {
            assertEquals(0.0, question.score(Set.of()), EXACT);
        }

        @Test
        void correctOptionTogetherWithAWrongOneEarnsNothing() {
            assertEquals(0.0, question.score(Set.of("a", "b")), EXACT);
        }
    }

    @Nested
    class TrueFalse {

        private final QuestionContent statementIsFalse = new QuestionContent("q", QuestionType.TRUE_FALSE, null,
                "Needles may be reused.", List.of(new OptionContent("true", "True", false, null, true),
                        new OptionContent("false", "False", true, null, true)),
                ScoringRule.ONE_CORRECT, "Never.", List.of("k"), List.of("t"), "t", Set.of(11), null);

        @Test
        void rightAnswerEarnsThePoint() {
            assertEquals(1.0, statementIsFalse.score(Set.of("false")), EXACT);
        }

        @Test
        void wrongAnswerEarnsNothing() {
            assertEquals(0.0, statementIsFalse.score(Set.of("true")), EXACT);
        }

        @Test
        void noAnswerEarnsNothing() {
            assertEquals(0.0, statementIsFalse.score(Set.of()), EXACT);
        }

        @Test
        void bothAnswersEarnNothing() {
            assertEquals(0.0, statementIsFalse.score(Set.of("true", "false")), EXACT);
        }
    }

    @Nested
    class AllOrNothing {

        private final QuestionContent checklist = question(QuestionType.MULTIPLE, ScoringRule.ALL_OR_NOTHING, "abc", "abcde");

        @Test
        void exactlyTheCorrectOptionsEarnThePoint() {
            assertEquals(1.0, checklist.score(Set.of("a", "b", "c")), EXACT);
        }

        @Test
        void missingOneStepEarnsNothing() {
            assertEquals(0.0, checklist.score(Set.of("a", "b")), EXACT);
        }

        @Test
        void oneWrongTickEarnsNothing() {
            assertEquals(0.0, checklist.score(Set.of("a", "b", "c", "d")), EXACT);
        }

        @Test
        void tickingEverythingEarnsNothing() {
            assertEquals(0.0, checklist.score(Set.of("a", "b", "c", "d", "e")), EXACT);
        }

        @Test
        void noAnswerEarnsNothing() {
            assertEquals(0.0, checklist.score(Set.of()), EXACT);
        }
    }

    @Nested
    class Partial {

        /** k = 2 correct options (a, b) of four. */
        private final QuestionContent twoCorrect = question(QuestionType.MULTIPLE, ScoringRule.PARTIAL, "ab", "abcd");

        /** k = 3 correct options (a, b, c) of five. */
        private final QuestionContent threeCorrect = question(QuestionType.MULTIPLE, ScoringRule.PARTIAL, "abc", "abcde");

        @Test
        void allCorrectTicksEarnThePoint() {
            assertEquals(1.0, twoCorrect.score(Set.of("a", "b")), EXACT);
        }

        @Test
        void eachCorrectTickEarnsOneKth() {
            assertEquals(0.5, twoCorrect.score(Set.of("a")), EXACT);
            assertEquals(1.0 / 3, threeCorrect.score(Set.of("c")), EXACT);
            assertEquals(2.0 / 3, threeCorrect.score(Set.of("a", "c")), EXACT);
        }

        @Test
        void eachWrongTickLosesOneKth() {
            assertEquals(0.5, twoCorrect.score(Set.of("a", "b", "c")), EXACT);
            assertEquals(1.0 / 3, threeCorrect.score(Set.of("a", "b", "d")), EXACT);
        }

        @Test
        void oneRightAndOneWrongCancelOut() {
            assertEquals(0.0, twoCorrect.score(Set.of("a", "c")), EXACT);
        }

        @Test
        void neverBelowZero() {
            assertEquals(0.0, twoCorrect.score(Set.of("c", "d")), EXACT);
            assertEquals(0.0, twoCorrect.score(Set.of("a", "c", "d")), EXACT);
        }

        @Test
        void tickingEverythingGainsNothingWhenAtLeastHalfTheOptionsAreWrong() {
            assertEquals(0.0, twoCorrect.score(Set.of("a", "b", "c", "d")), EXACT);
        }

        @Test
        void tickingEverythingEarnsOnlyTheSurplusOfRightOverWrongOptions() {
            // 3 right ticks - 2 wrong ones = 1 of k = 3.
            assertEquals(1.0 / 3, threeCorrect.score(Set.of("a", "b", "c", "d", "e")), EXACT);
        }

        @Test
        void noAnswerEarnsNothing() {
            assertEquals(0.0, twoCorrect.score(Set.of()), EXACT);
        }
    }

    @Test
    void correctOptionIdsComeFromTheOptions() {
        assertEquals(Set.of("a", "c"), question(QuestionType.MULTIPLE, ScoringRule.PARTIAL, "ac", "abcd").correctOptionIds());
    }
}
