package org.dnacademy.quiz.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Draws the questions of one attempt from a module's bank. The draw is stratified: every topic of
 * the module's blueprint is represented by at least one question, the rest are chosen at random.
 * A case scenario is drawn whole, its questions kept together and in their written order, so a
 * vignette is never split. The question order is shuffled by case and standalone question.
 */
public final class QuizDraw {

    /** What the draw needs to know of a question. */
    public record Candidate(String key, String topic, String caseKey) {
        public Candidate {
            Objects.requireNonNull(key);
            Objects.requireNonNull(topic);
        }
    }

    private QuizDraw() {
    }

    /**
     * @param bank      the module's questions in written order
     * @param topics    the blueprint: each topic gets at least one question when the count allows
     * @param count     questions wanted; fewer only when whole cases cannot fill the last places
     * @return the keys of the drawn questions, in the order they are asked
     */
    public static List<String> draw(List<Candidate> bank, List<String> topics, int count, Random random) {
        List<List<Candidate>> units = units(bank);
        Collections.shuffle(units, random);
        List<List<Candidate>> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        int remaining = count;

        List<String> topicOrder = new ArrayList<>(topics);
        Collections.shuffle(topicOrder, random);
        for (String topic : topicOrder) {
            if (covered.contains(topic)) {
                continue;
            }
            List<Candidate> unit = pick(units, chosen, remaining, u -> u.stream().anyMatch(q -> q.topic().equals(topic)));
            if (unit != null) {
                chosen.add(unit);
                unit.forEach(q -> covered.add(q.topic()));
                remaining -= unit.size();
            }
        }
        while (remaining > 0) {
            List<Candidate> unit = pick(units, chosen, remaining, u -> true);
            if (unit == null) {
                break;
            }
            chosen.add(unit);
            remaining -= unit.size();
        }
        Collections.shuffle(chosen, random);
        return chosen.stream().flatMap(List::stream).map(Candidate::key).toList();
    }

    /**
     * Shuffles an option order, leaving every fixed option in its written place.
     *
     * @param options option keys in written order
     * @param fixed   keys of the options that keep their place
     */
    public static List<String> shuffleOptions(List<String> options, Set<String> fixed, Random random) {
        List<String> movable = new ArrayList<>(options.stream().filter(o -> !fixed.contains(o)).toList());
        Collections.shuffle(movable, random);
        List<String> result = new ArrayList<>(options.size());
        int next = 0;
        for (String option : options) {
            result.add(fixed.contains(option) ? option : movable.get(next++));
        }
        return result;
    }

    /** The first not yet chosen unit that fits the places left and passes the test. */
    private static List<Candidate> pick(List<List<Candidate>> units, List<List<Candidate>> chosen, int remaining,
            java.util.function.Predicate<List<Candidate>> test) {
        for (List<Candidate> unit : units) {
            if (!chosen.contains(unit) && unit.size() <= remaining && test.test(unit)) {
                return unit;
            }
        }
        return null;
    }

    /** Standalone questions are units of one; the questions of a case form one unit. */
    private static List<List<Candidate>> units(List<Candidate> bank) {
        Map<String, List<Candidate>> cases = new LinkedHashMap<>();
        List<List<Candidate>> units = new ArrayList<>();
        for (Candidate question : bank) {
            if (question.caseKey() == null) {
                units.add(List.of(question));
            } else {
                cases.computeIfAbsent(question.caseKey(), k -> {
                    List<Candidate> unit = new ArrayList<>();
                    units.add(unit);
                    return unit;
                }).add(question);
            }
        }
        return units;
    }
}
