package org.dnacademy.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.dnacademy.quiz.control.QuizDraw.Candidate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class QuizDrawTest {

    /** 5 topics; topic "rare" has a single question, which sits in a case with a "common" question. */
    private static List<Candidate> bank() {
        List<Candidate> bank = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            bank.add(new Candidate("common-" + i, "common", null));
        }
        for (String topic : List.of("anatomy", "consent", "hygiene")) {
            for (int i = 1; i <= 3; i++) {
                bank.add(new Candidate(topic + "-" + i, topic, null));
            }
        }
        bank.add(new Candidate("case-a-1", "common", "case-a"));
        bank.add(new Candidate("case-a-2", "rare", "case-a"));
        bank.add(new Candidate("case-a-3", "common", "case-a"));
        bank.add(new Candidate("case-b-1", "anatomy", "case-b"));
        bank.add(new Candidate("case-b-2", "consent", "case-b"));
        return bank;
    }

    private static final List<String> TOPICS = List.of("common", "anatomy", "consent", "hygiene", "rare");

    @RepeatedTest(50)
    void everyTopicIsRepresentedAndTheCountIsExact() {
        Map<String, String> topicOf = bank().stream().collect(Collectors.toMap(Candidate::key, Candidate::topic));
        List<String> drawn = QuizDraw.draw(bank(), TOPICS, 8, new Random());

        assertEquals(8, drawn.size());
        assertEquals(8, new HashSet<>(drawn).size(), "no question twice");
        assertEquals(Set.copyOf(TOPICS), drawn.stream().map(topicOf::get).collect(Collectors.toSet()));
    }

    @RepeatedTest(50)
    void aCaseIsDrawnWholeWithItsQuestionsTogetherAndInOrder() {
        List<String> drawn = QuizDraw.draw(bank(), TOPICS, 10, new Random());
        // "rare" exists only in case A, so case A is always drawn, whole and in order.
        int first = drawn.indexOf("case-a-1");
        assertTrue(first >= 0, drawn.toString());
        assertEquals(List.of("case-a-1", "case-a-2", "case-a-3"), drawn.subList(first, first + 3));
        if (drawn.contains("case-b-1")) {
            int b = drawn.indexOf("case-b-1");
            assertEquals("case-b-2", drawn.get(b + 1));
        } else {
            assertTrue(!drawn.contains("case-b-2"), "never half a case");
        }
    }

    @Test
    void drawsDifferFromAttemptToAttempt() {
        Set<List<String>> draws = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            draws.add(QuizDraw.draw(bank(), TOPICS, 8, random));
        }
        assertTrue(draws.size() > 15, "twenty attempts should not repeat the same paper: " + draws.size());
    }

    @Test
    void aSmallerBankThanAskedGivesTheWholeBank() {
        List<Candidate> small = List.of(new Candidate("a", "t", null), new Candidate("b", "t", null));
        assertEquals(Set.of("a", "b"), Set.copyOf(QuizDraw.draw(small, List.of("t"), 5, new Random())));
    }

    @RepeatedTest(30)
    void fixedOptionsKeepTheirPlaceAndTheOthersAreShuffled() {
        List<String> options = List.of("a", "b", "c", "d", "e");
        List<String> shuffled = QuizDraw.shuffleOptions(options, Set.of("e"), new Random());
        assertEquals("e", shuffled.get(4));
        assertEquals(Set.copyOf(options), Set.copyOf(shuffled));
    }

    @Test
    void optionOrdersVary() {
        Random random = new Random(3);
        List<String> options = List.of("a", "b", "c", "d");
        Set<List<String>> orders = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            orders.add(QuizDraw.shuffleOptions(options, Set.of(), random));
        }
        assertNotEquals(1, orders.size());
    }
}
