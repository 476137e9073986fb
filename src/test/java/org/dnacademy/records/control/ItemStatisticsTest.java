package org.dnacademy.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dnacademy.records.control.ItemStatistics.ItemReport;
import org.dnacademy.records.control.ItemStatistics.ItemResponse;
import org.dnacademy.records.control.ItemStatistics.ScoredAttempt;
import org.junit.jupiter.api.Test;

/**
 * Every expected figure below was worked out by hand from the data set and is written as a literal,
 * with the arithmetic beside it.
 */
class ItemStatisticsTest {

    private static final double EXACT = 1e-12;

    private static final String DISCRIMINATION_LOW = "discrimination below 0.2";
    private static final String TOO_EASY = "facility above 0.95 (too easy?)";
    private static final String TOO_HARD = "facility below 0.2 (check the key)";
    private static final String NEGATIVE = "negative discrimination: check the key first";

    private static String distractor(String option) {
        return "option " + option + " chosen by under 5% (non-functional distractor)";
    }

    private static ItemResponse answer(String question, double points, String... chosen) {
        return new ItemResponse(question, Set.of(chosen), points);
    }

    private static ScoredAttempt attempt(long id, double total, ItemResponse... responses) {
        return new ScoredAttempt(id, total, List.of(responses));
    }

    /*
     * The data set: 10 attempts at a quiz whose totals (percent) come from all its questions, of which
     * these are four.
     *   q1 single best answer, options A-D, key B, asked in all 10
     *   q2 multiple response, options A-D, key {A, C}, partial credit, asked in 8 (not in 5 and 6)
     *   q3 single best answer, options A-C, key C, asked in all 10
     *   q4 options A-D, key D, never drawn
     *
     *   id total | q1          | q2                | q3
     *    1   95  | B   1       | {A}      0.5      | A 0
     *    2   90  | B   1       | {B}      0        | A 0
     *    3   80  | B   1       | {A,C}    1        | B 0
     *    4   80  | C   0       | {A,B,C}  0.5      | C 1
     *    5   70  | B   1       | -                 | A 0
     *    6   65  | A   0       | -                 | A 0
     *    7   50  | B   1       | {A,C}    1        | B 0
     *    8   50  | C   0       | {C}      0.5      | A 0
     *    9   45  | B   1       | {A,C}    1        | B 0
     *   10   40  | (none) 0    | {A,C}    1        | A 0
     *
     * Ranking: total descending, equal totals by lower attempt id first:
     *   1, 2, 3, 4, 5, 6, 7, 8, 9, 10. Attempts 3 and 4 tie at 80 across the upper boundary, and 7 and
     *   8 tie at 50 across the lower boundary, when all 10 are ranked.
     */
    private static List<ScoredAttempt> attempts() {
        return List.of(
                attempt(1, 95, answer("q1", 1, "B"), answer("q2", 0.5, "A"), answer("q3", 0, "A")),
                attempt(2, 90, answer("q1", 1, "B"), answer("q2", 0, "B"), answer("q3", 0, "A")),
                attempt(3, 80, answer("q1", 1, "B"), answer("q2", 1, "A", "C"), answer("q3", 0, "B")),
                attempt(4, 80, answer("q1", 0, "C"), answer("q2", 0.5, "A", "B", "C"), answer("q3", 1, "C")),
                attempt(5, 70, answer("q1", 1, "B"), answer("q3", 0, "A")),
                attempt(6, 65, answer("q1", 0, "A"), answer("q3", 0, "A")),
                attempt(7, 50, answer("q1", 1, "B"), answer("q2", 1, "A", "C"), answer("q3", 0, "B")),
                attempt(8, 50, answer("q1", 0, "C"), answer("q2", 0.5, "C"), answer("q3", 0, "A")),
                attempt(9, 45, answer("q1", 1, "B"), answer("q2", 1, "A", "C"), answer("q3", 0, "B")),
                attempt(10, 40, answer("q1", 0), answer("q2", 1, "A", "C"), answer("q3", 0, "A")));
    }

    private static final Map<String, List<String>> OPTIONS = Map.of(
            "q3", List.of("A", "B", "C"),
            "q1", List.of("A", "B", "C", "D"),
            "q4", List.of("A", "B", "C", "D"),
            "q2", List.of("A", "B", "C", "D"));

    private static final Map<String, Set<String>> CORRECT = Map.of(
            "q1", Set.of("B"),
            "q2", Set.of("A", "C"),
            "q3", Set.of("C"),
            "q4", Set.of("D"));

    private static Map<String, ItemReport> byKey(List<ItemReport> reports) {
        Map<String, ItemReport> map = new LinkedHashMap<>();
        reports.forEach(r -> map.put(r.questionKey(), r));
        return map;
    }

    @Test
    void oneReportPerQuestionSortedByKey() {
        List<ItemReport> reports = ItemStatistics.analyse(attempts(), OPTIONS, CORRECT, 10);

        assertEquals(List.of("q1", "q2", "q3", "q4"), reports.stream().map(ItemReport::questionKey).toList());
        assertEquals(List.of(10, 8, 10, 0), reports.stream().map(ItemReport::attempts).toList());
    }

    @Test
    void aWorkingItemHasFacilityDiscriminationSharesAndOnlyItsUnusedDistractorFlagged() {
        ItemReport q1 = byKey(ItemStatistics.analyse(attempts(), OPTIONS, CORRECT, 10)).get("q1");

        // points 1+1+1+0+1+0+1+0+1+0 = 6, over 10 attempts
        assertEquals(0.6, q1.facility(), EXACT);
        // group size max(1, round(0.27 * 10 = 2.7)) = 3
        // upper {1, 2, 3}: (1 + 1 + 1) / 3 = 1; lower {8, 9, 10}: (0 + 1 + 0) / 3 = 1/3
        // D = 1 - 1/3 = 2/3
        assertEquals(0.6666666666666667, q1.discrimination(), EXACT);
        // A: attempt 6 -> 1/10; B: 1,2,3,5,7,9 -> 6/10; C: 4,8 -> 2/10; D: nobody -> 0/10
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(q1.optionShares().keySet()), "option order kept");
        assertEquals(0.1, q1.optionShares().get("A"), EXACT);
        assertEquals(0.6, q1.optionShares().get("B"), EXACT);
        assertEquals(0.2, q1.optionShares().get("C"), EXACT);
        assertEquals(0.0, q1.optionShares().get("D"), EXACT);
        // attempt 10 chose nothing -> 1/10
        assertEquals(0.1, q1.unansweredShare(), EXACT);
        // 10 attempts, minimum 10: not provisional ("fewer than" the minimum)
        assertFalse(q1.provisional());
        // D 0.67 and p 0.6 are fine; wrong option D chosen by 0% < 5%
        assertEquals(List.of(distractor("D")), q1.flags());
    }

    @Test
    void tiesAtTheGroupBoundaryGoToTheLowerAttemptIdWhateverTheInputOrder() {
        List<ScoredAttempt> reversed = new ArrayList<>(attempts());
        Collections.reverse(reversed);

        Map<String, ItemReport> reports = byKey(ItemStatistics.analyse(reversed, OPTIONS, CORRECT, 10));

        // q1: attempts 3 and 4 both total 80; 3 ranks above 4, so upper = {1, 2, 3}, not {1, 2, 4}.
        // Attempts 7 and 8 both total 50; 7 ranks above 8, so lower = {8, 9, 10}, not {7, 9, 10}.
        // With the tie broken the other way D would be (1+1+0)/3 - (1+1+0)/3 = 0; it is 1 - 1/3 = 2/3.
        assertEquals(0.6666666666666667, reports.get("q1").discrimination(), EXACT);
        // q3: only attempt 4 is right, and it just misses the upper group:
        // upper {1, 2, 3}: 0/3, lower {8, 9, 10}: 0/3, D = 0 (it would be 1/3 with 4 in the upper group)
        assertEquals(0.0, reports.get("q3").discrimination(), EXACT);
    }

    @Test
    void tiedTotalsAreRankedByAttemptIdAlone() {
        // 4 attempts, all total 50, given in reverse id order; points by id: 1 -> 1, 2 -> 1, 3 -> 0, 4 -> 0
        List<ScoredAttempt> attempts = List.of(
                attempt(4, 50, answer("q", 0, "B")),
                attempt(3, 50, answer("q", 0, "B")),
                attempt(2, 50, answer("q", 1, "A")),
                attempt(1, 50, answer("q", 1, "A")));

        ItemReport q = ItemStatistics.analyse(attempts, Map.of("q", List.of("A", "B")), Map.of("q", Set.of("A")), 1)
                .get(0);

        // group size max(1, round(0.27 * 4 = 1.08)) = 1; ranking 1, 2, 3, 4
        // upper {1}: 1; lower {4}: 0; D = 1 - 0 = 1
        assertEquals(1.0, q.discrimination(), EXACT);
    }

    @Test
    void partialCreditCountsItsFractionAndMultipleResponseCountsEveryTickedOption() {
        ItemReport q2 = byKey(ItemStatistics.analyse(attempts(), OPTIONS, CORRECT, 8)).get("q2");

        assertEquals(8, q2.attempts());
        // 0.5 + 0 + 1 + 0.5 + 1 + 0.5 + 1 + 1 = 5.5, over 8 attempts
        assertEquals(0.6875, q2.facility(), EXACT);
        // 8 attempts ranked 1, 2, 3, 4, 7, 8, 9, 10; group size max(1, round(0.27 * 8 = 2.16)) = 2
        // upper {1, 2}: (0.5 + 0) / 2 = 0.25; lower {9, 10}: (1 + 1) / 2 = 1; D = 0.25 - 1 = -0.75
        assertEquals(-0.75, q2.discrimination(), EXACT);
        // A: 1,3,4,7,9,10 -> 6/8; B: 2,4 -> 2/8; C: 3,4,7,8,9,10 -> 6/8; D: 0/8 (shares add up to 1.75)
        assertEquals(0.75, q2.optionShares().get("A"), EXACT);
        assertEquals(0.25, q2.optionShares().get("B"), EXACT);
        assertEquals(0.75, q2.optionShares().get("C"), EXACT);
        assertEquals(0.0, q2.optionShares().get("D"), EXACT);
        assertEquals(0.0, q2.unansweredShare(), EXACT);
        // minimum 8, 8 attempts: flagged. D -0.75 < 0.2 and < 0; p 0.6875 fine; wrong option D 0% < 5%.
        // The correct options A and C are never reported as distractors.
        assertFalse(q2.provisional());
        assertEquals(List.of(DISCRIMINATION_LOW, NEGATIVE, distractor("D")), q2.flags());
    }

    @Test
    void aHardItemWhoseDistractorIsFavouredIsFlaggedToCheckTheKey() {
        ItemReport q3 = byKey(ItemStatistics.analyse(attempts(), OPTIONS, CORRECT, 10)).get("q3");

        // only attempt 4 is right: 1/10
        assertEquals(0.1, q3.facility(), EXACT);
        // upper {1, 2, 3}: 0/3; lower {8, 9, 10}: 0/3; D = 0
        assertEquals(0.0, q3.discrimination(), EXACT);
        // A: 1,2,5,6,8,10 -> 6/10; B: 3,7,9 -> 3/10; C: 4 -> 1/10
        assertEquals(0.6, q3.optionShares().get("A"), EXACT);
        assertEquals(0.3, q3.optionShares().get("B"), EXACT);
        assertEquals(0.1, q3.optionShares().get("C"), EXACT);
        // D 0 < 0.2 but not negative; p 0.1 < 0.2; both wrong options chosen by at least 5%
        assertEquals(List.of(DISCRIMINATION_LOW, TOO_HARD), q3.flags());
    }

    @Test
    void aQuestionNeverDrawnHasNoFiguresAndIsProvisional() {
        ItemReport q4 = byKey(ItemStatistics.analyse(attempts(), OPTIONS, CORRECT, 1)).get("q4");

        assertEquals(0, q4.attempts());
        assertNull(q4.facility());
        assertNull(q4.discrimination());
        assertTrue(q4.optionShares().isEmpty());
        assertNull(q4.unansweredShare());
        assertTrue(q4.provisional(), "0 attempts < minimum 1");
        assertEquals(List.of(), q4.flags());
    }

    @Test
    void underTheMinimumTheFiguresAreShownButProvisionalAndUnflagged() {
        Map<String, ItemReport> atTen = byKey(ItemStatistics.analyse(attempts(), OPTIONS, CORRECT, 10));
        // q2: 8 attempts < 10
        assertTrue(atTen.get("q2").provisional());
        assertEquals(List.of(), atTen.get("q2").flags(), "negative D not flagged while provisional");
        assertEquals(-0.75, atTen.get("q2").discrimination(), EXACT, "but still computed");

        Map<String, ItemReport> atEleven = byKey(ItemStatistics.analyse(attempts(), OPTIONS, CORRECT, 11));
        // q1: 10 attempts < 11
        assertTrue(atEleven.get("q1").provisional());
        assertEquals(List.of(), atEleven.get("q1").flags());
        assertEquals(0.6, atEleven.get("q1").facility(), EXACT);
    }

    @Test
    void anItemEveryoneGetsRightDoesNotDiscriminateAndIsFlaggedTooEasy() {
        // 10 attempts, totals 10, 20, ..., 100: weak and strong trainees alike choose the key A
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int id = 1; id <= 10; id++) {
            attempts.add(attempt(id, id * 10, answer("easy", 1, "A")));
        }

        ItemReport easy = ItemStatistics.analyse(attempts, Map.of("easy", List.of("A", "B", "C")),
                Map.of("easy", Set.of("A")), 10).get(0);

        // 10/10
        assertEquals(1.0, easy.facility(), EXACT);
        // group size 3; upper {10, 9, 8}: 3/3 = 1; lower {3, 2, 1}: 3/3 = 1; D = 1 - 1 = 0
        assertEquals(0.0, easy.discrimination(), EXACT);
        // A 10/10, B 0/10, C 0/10
        assertEquals(1.0, easy.optionShares().get("A"), EXACT);
        // D 0 < 0.2; p 1 > 0.95; B and C chosen by 0% < 5%
        assertEquals(List.of(DISCRIMINATION_LOW, TOO_EASY, distractor("B"), distractor("C")), easy.flags());
    }

    @Test
    void thresholdsAreStrictAndNotFooledByBinaryFractions() {
        // 20 attempts, totals 5, 10, ..., 100 (id * 5); options A-C, key A; attempt 1 chose B, the rest A
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int id = 1; id <= 20; id++) {
            attempts.add(attempt(id, id * 5, id == 1 ? answer("q", 0, "B") : answer("q", 1, "A")));
        }

        ItemReport q = ItemStatistics.analyse(attempts, Map.of("q", List.of("A", "B", "C")),
                Map.of("q", Set.of("A")), 20).get(0);

        // 19/20 = 0.95: not above 0.95
        assertEquals(0.95, q.facility(), EXACT);
        // group size max(1, round(0.27 * 20 = 5.4)) = 5
        // upper {20..16}: 5/5 = 1; lower {5..1}: 4/5 = 0.8; D = 1 - 0.8 = 0.2 (0.19999999999999996 in
        // binary): not below 0.2
        assertEquals(0.2, q.discrimination(), EXACT);
        // B 1/20 = 0.05: not under 5%; C 0/20: under 5%
        assertEquals(0.05, q.optionShares().get("B"), EXACT);
        assertEquals(List.of(distractor("C")), q.flags());
    }

    @Test
    void discriminationNeedsTwoAttempts() {
        List<ScoredAttempt> one = List.of(attempt(1, 60, answer("q", 0.5, "A", "B")));

        ItemReport q = ItemStatistics.analyse(one, Map.of("q", List.of("A", "B", "C")),
                Map.of("q", Set.of("A")), 1).get(0);

        assertEquals(0.5, q.facility(), EXACT);
        assertNull(q.discrimination());
        // p 0.5 fine, no D to flag; B (1/1) is used, C (0/1) is not
        assertEquals(List.of(distractor("C")), q.flags());

        List<ScoredAttempt> two = List.of(attempt(1, 60, answer("q", 1, "A")), attempt(2, 40, answer("q", 0, "C")));
        // group size max(1, round(0.27 * 2 = 0.54)) = 1; upper {1}: 1; lower {2}: 0; D = 1
        assertEquals(1.0, ItemStatistics.analyse(two, Map.of("q", List.of("A", "B", "C")),
                Map.of("q", Set.of("A")), 1).get(0).discrimination(), EXACT);
    }

    @Test
    void responsesToQuestionsNotReportedOnAreIgnored() {
        List<ScoredAttempt> attempts = List.of(attempt(1, 60, answer("q", 1, "A"), answer("retired", 0, "X")));

        List<ItemReport> reports = ItemStatistics.analyse(attempts, Map.of("q", List.of("A", "B")),
                Map.of("q", Set.of("A")), 1);

        assertEquals(List.of("q"), reports.stream().map(ItemReport::questionKey).toList());
    }

    @Test
    void inconsistentInputIsRejected() {
        Map<String, List<String>> options = Map.of("q", List.of("A", "B"));
        Map<String, Set<String>> correct = Map.of("q", Set.of("A"));

        assertThrows(IllegalArgumentException.class, () -> ItemStatistics.analyse(
                List.of(attempt(1, 50, answer("q", 1, "A")), attempt(1, 60, answer("q", 1, "A"))), options, correct, 1),
                "attempt id twice");
        assertThrows(IllegalArgumentException.class, () -> ItemStatistics.analyse(
                List.of(attempt(1, 50, answer("q", 1, "A"), answer("q", 0, "B"))), options, correct, 1),
                "question twice in one attempt");
        assertThrows(IllegalArgumentException.class, () -> ItemStatistics.analyse(
                List.of(attempt(1, 50, answer("q", 0, "Z"))), options, correct, 1),
                "option from another version of the question");
        assertThrows(IllegalArgumentException.class, () -> ItemStatistics.analyse(
                List.of(attempt(1, 50, answer("q", 1, "A"))), options, Map.of(), 1),
                "no key for the question");
        assertThrows(IllegalArgumentException.class, () -> answer("q", 1.5, "A"), "points above 1");
        assertThrows(IllegalArgumentException.class, () -> ItemStatistics.analyse(List.of(), options, correct, 0),
                "minimum below 1");
    }
}
