package org.dnacademy.training.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every attempt at a module must contain: a question from each topic, a question on each key
 * fact the module certifies, and at least one critical item. Questions are drawn in units: a
 * standalone question, or a case scenario with all its questions. The curriculum validator proves
 * a module's bank can meet it; the quiz's draw meets it for every attempt.
 */
public final class Blueprint {

    /** What the blueprint needs to know of a question. */
    public interface Item {
        String topic();

        Set<Integer> keyFacts();

        boolean isCritical();

        /** The case the question belongs to, or null for a standalone question. */
        String caseKey();
    }

    static final String CRITICAL = "critical";

    private Blueprint() {
    }

    /** What one unit covers: its topics, key facts, and whether it holds a critical item. */
    public static Set<String> covers(List<? extends Item> unit) {
        Set<String> covered = new HashSet<>();
        for (Item question : unit) {
            covered.add(topic(question.topic()));
            question.keyFacts().forEach(fact -> covered.add(keyFact(fact)));
            if (question.isCritical()) {
                covered.add(CRITICAL);
            }
        }
        return covered;
    }

    /** Everything an attempt must cover, in the same terms as {@link #covers}. */
    public static Set<String> required(List<String> topics, List<Integer> keyFacts) {
        return required(topics, keyFacts, true);
    }

    /**
     * @param critical whether a critical item is required: always for a current module (the
     *                 validator refuses a bank without them); a version loaded before critical
     *                 items existed has none to require
     */
    public static Set<String> required(List<String> topics, List<Integer> keyFacts, boolean critical) {
        Set<String> required = new HashSet<>();
        topics.forEach(topic -> required.add(topic(topic)));
        keyFacts.forEach(fact -> required.add(keyFact(fact)));
        if (critical) {
            required.add(CRITICAL);
        }
        return required;
    }

    static String topic(String topic) {
        return "topic:" + topic;
    }

    static String keyFact(int number) {
        return "key-fact:" + number;
    }

    /** Standalone questions are units of one; the questions of a case form one unit, in written order. */
    public static <T extends Item> List<List<T>> units(List<T> bank) {
        Map<String, List<T>> cases = new LinkedHashMap<>();
        List<List<T>> units = new ArrayList<>();
        for (T question : bank) {
            if (question.caseKey() == null) {
                units.add(List.of(question));
            } else {
                cases.computeIfAbsent(question.caseKey(), id -> {
                    List<T> unit = new ArrayList<>();
                    units.add(unit);
                    return unit;
                }).add(question);
            }
        }
        return units;
    }

    /**
     * The number of questions in the smallest draw a greedy search finds that covers everything
     * required (choosing, each time, the unit that covers most of what is missing per question
     * spent), or {@link Integer#MAX_VALUE} when the bank cannot cover it at all. Greedy can miss the
     * very smallest draw, so this is an upper bound: when it fits the quiz, a draw always exists.
     */
    static int smallestDrawFound(List<? extends Item> bank, List<String> topics, List<Integer> keyFacts) {
        Set<String> missing = required(topics, keyFacts);
        List<List<Item>> units = new ArrayList<>(units(new ArrayList<Item>(bank)));
        int size = 0;
        while (!missing.isEmpty()) {
            List<Item> best = null;
            double bestGain = 0;
            for (List<Item> unit : units) {
                Set<String> gained = new HashSet<>(covers(unit));
                gained.retainAll(missing);
                double gain = (double) gained.size() / unit.size();
                if (gain > bestGain) {
                    best = unit;
                    bestGain = gain;
                }
            }
            if (best == null) {
                return Integer.MAX_VALUE;
            }
            missing.removeAll(covers(best));
            units.remove(best);
            size += best.size();
        }
        return size;
    }
}
