package org.dnacademy.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.dnacademy.training.content.Curriculum;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.content.ModuleContent;
import org.dnacademy.training.content.QuestionContent;
import org.junit.jupiter.api.Test;

/**
 * The real curriculum, drawn 10,000 times per module: every attempt tests each key safety fact the
 * module certifies, every topic, and at least one critical item, never splits a case, and a
 * trainee's next attempt is never the same set of questions as the one before.
 */
class RealCurriculumDrawTest {

    private static final int DRAWS = 10_000;
    private static final Curriculum CURRICULUM = CurriculumReader.read(Path.of("modules"));

    @Test
    void everyAttemptOfEveryModuleCoversItsKeyFactsTopicsAndACriticalItem() {
        Random random = new Random(20261201);
        for (ModuleContent module : CURRICULUM.modules()) {
            List<QuizDraw.Candidate> bank = candidates(module);
            Map<String, QuestionContent> byKey = module.questions().stream().collect(Collectors.toMap(QuestionContent::id, q -> q));
            Map<Integer, Integer> attemptsWithFact = new HashMap<>();
            Set<String> previous = Set.of();
            int repeats = 0;
            for (int i = 0; i < DRAWS; i++) {
                List<String> drawn = QuizDraw.draw(bank, module.topics(), module.keyFacts(), module.quiz().questionsPerAttempt(),
                        previous, random);
                List<QuestionContent> asked = drawn.stream().map(byKey::get).toList();
                assertEquals(module.quiz().questionsPerAttempt(), drawn.size(), module.id() + ": the attempt has its full length");
                assertEquals(drawn.size(), new HashSet<>(drawn).size(), module.id() + ": no question twice");
                assertEquals(Set.copyOf(module.topics()), asked.stream().map(QuestionContent::topic).collect(Collectors.toSet()),
                        module.id() + ": every topic in " + drawn);
                Set<Integer> facts = asked.stream().flatMap(q -> q.keyFacts().stream()).collect(Collectors.toSet());
                for (int fact : module.keyFacts()) {
                    if (facts.contains(fact)) {
                        attemptsWithFact.merge(fact, 1, Integer::sum);
                    }
                }
                assertTrue(asked.stream().anyMatch(QuestionContent::isCritical), module.id() + ": a critical item in " + drawn);
                assertCasesWhole(module, drawn);
                Set<String> set = Set.copyOf(drawn);
                if (set.equals(previous)) {
                    repeats++;
                }
                previous = i % 3 == 2 ? Set.of() : set; // every third trainee is new: no earlier attempt
            }
            for (int fact : module.keyFacts()) {
                assertEquals(DRAWS, attemptsWithFact.getOrDefault(fact, 0), module.id() + ": key fact " + fact + " in every attempt");
            }
            assertEquals(0, repeats, module.id() + ": a next attempt repeated the previous set of questions");
        }
    }

    @Test
    void consecutiveAttemptsVaryEvenWhenTheBankIsSmall() {
        for (ModuleContent module : CURRICULUM.modules()) {
            List<QuizDraw.Candidate> bank = candidates(module);
            Random random = new Random(7);
            List<String> first = QuizDraw.draw(bank, module.topics(), module.keyFacts(), module.quiz().questionsPerAttempt(), Set.of(), random);
            List<String> second = QuizDraw.draw(bank, module.topics(), module.keyFacts(), module.quiz().questionsPerAttempt(),
                    Set.copyOf(first), random);
            Set<String> overlap = new HashSet<>(first);
            overlap.retainAll(second);
            assertNotEquals(Set.copyOf(first), Set.copyOf(second), module.id());
            assertTrue(overlap.size() < first.size() / 2 + module.keyFacts().size() + 4,
                    module.id() + ": a second attempt asks mostly new questions, " + overlap.size() + " repeated of " + first.size());
        }
    }

    private static void assertCasesWhole(ModuleContent module, List<String> drawn) {
        Map<String, List<String>> cases = new HashMap<>();
        module.questions().stream().filter(q -> q.caseId() != null)
                .forEach(q -> cases.computeIfAbsent(q.caseId(), k -> new java.util.ArrayList<>()).add(q.id()));
        for (List<String> unit : cases.values()) {
            int first = drawn.indexOf(unit.get(0));
            if (first < 0) {
                assertTrue(unit.stream().noneMatch(drawn::contains), module.id() + ": never half a case");
            } else {
                assertEquals(unit, drawn.subList(first, first + unit.size()), module.id() + ": a case whole and in order");
            }
        }
    }

    private static List<QuizDraw.Candidate> candidates(ModuleContent module) {
        return module.questions().stream()
                .map(q -> new QuizDraw.Candidate(q.id(), q.topic(), q.caseId(), q.keyFacts(), q.isCritical())).toList();
    }
}
