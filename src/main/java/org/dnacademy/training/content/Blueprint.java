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
 * standalone question, or a case scenario with all its questions.
 */
public final class Blueprint {

    private Blueprint() {
    }

    /** What one unit covers: its topics, key facts, and whether it holds a critical item. */
    public static Set<String> covers(List<QuestionContent> unit) {
        Set<String> covered = new HashSet<>();
        for (QuestionContent question : unit) {
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
        Set<String> required = new HashSet<>();
        topics.forEach(topic -> required.add(topic(topic)));
        keyFacts.forEach(fact -> required.add(keyFact(fact)));
        required.add(CRITICAL);
        return required;
    }

    static final String CRITICAL = "critical";

    static String topic(String topic) {
        return "topic:" + topic;
    }

    static String keyFact(int number) {
        return "key-fact:" + number;
    }

    /** Standalone questions are units of one; the questions of a case form one unit, in written order. */
    public static List<List<QuestionContent>> units(List<QuestionContent> bank) {
        Map<String, List<QuestionContent>> cases = new LinkedHashMap<>();
        List<List<QuestionContent>> units = new ArrayList<>();
        for (QuestionContent question : bank) {
            if (question.caseId() == null) {
                units.add(List.of(question));
            } else {
                cases.computeIfAbsent(question.caseId(), id -> {
                    List<QuestionContent> unit = new ArrayList<>();
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
    static int smallestDrawFound(List<QuestionContent> bank, List<String> topics, List<Integer> keyFacts) {
        Set<String> missing = required(topics, keyFacts);
        List<List<QuestionContent>> units = new ArrayList<>(units(bank));
        int size = 0;
        while (!missing.isEmpty()) {
            List<QuestionContent> best = null;
            double bestGain = 0;
            for (List<QuestionContent> unit : units) {
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
