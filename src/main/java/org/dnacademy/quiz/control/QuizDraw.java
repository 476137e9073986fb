package org.dnacademy.quiz.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.dnacademy.training.content.Blueprint;

/**
 * Draws the questions of one attempt from a module's bank, so that every attempt tests what the
 * certificate claims: at least one question from each topic, at least one on each key safety fact
 * the module certifies, and at least one critical item ({@link Blueprint}). The rest are chosen at
 * random. A case scenario is drawn whole, its questions kept together and in their written order,
 * so a vignette is never split. Questions the trainee was asked in their previous attempt are used
 * only when nothing else fits, so consecutive attempts differ; the question order is shuffled by
 * case and standalone question.
 */
public final class QuizDraw {

    /** How many random tries before the draw picks greedily; the validator proved a greedy draw fits. */
    private static final int RANDOM_TRIES = 40;

    /** What the draw needs to know of a question. */
    public record Candidate(String key, String topic, String caseKey, Set<Integer> keyFacts, boolean critical)
            implements Blueprint.Item {
        public Candidate {
            Objects.requireNonNull(key);
            Objects.requireNonNull(topic);
            keyFacts = Set.copyOf(keyFacts);
        }

        /** A question outside any blueprint rule but its topic. */
        public Candidate(String key, String topic, String caseKey) {
            this(key, topic, caseKey, Set.of(), false);
        }

        @Override
        public boolean isCritical() {
            return critical;
        }
    }

    private QuizDraw() {
    }

    /** A draw for a module without key facts, from a trainee without a previous attempt. */
    public static List<String> draw(List<Candidate> bank, List<String> topics, int count, Random random) {
        return draw(bank, topics, List.of(), count, Set.of(), random);
    }

    /**
     * @param bank     the module's questions in written order
     * @param topics   each topic gets at least one question
     * @param keyFacts each key fact the module certifies gets at least one question
     * @param count    questions wanted; fewer only when whole cases cannot fill the last places
     * @param previous keys of the questions of the trainee's previous attempt, used last
     * @return the keys of the drawn questions, in the order they are asked
     */
    public static List<String> draw(List<Candidate> bank, List<String> topics, List<Integer> keyFacts, int count,
            Set<String> previous, Random random) {
        List<List<Candidate>> units = freshFirst(Blueprint.units(bank), previous, random);
        Set<String> required = Blueprint.required(topics, keyFacts, bank.stream().anyMatch(Candidate::critical));
        List<List<Candidate>> chosen = null;
        for (int attempt = 0; attempt <= RANDOM_TRIES && chosen == null; attempt++) {
            chosen = cover(units, required, count, attempt == RANDOM_TRIES, random);
        }
        if (chosen == null) {
            chosen = new ArrayList<>(); // a bank the validator would refuse: draw what fits
        }
        int remaining = count - chosen.stream().mapToInt(List::size).sum();
        for (List<Candidate> unit : units) {
            if (remaining <= 0) {
                break;
            }
            if (!chosen.contains(unit) && unit.size() <= remaining) {
                chosen.add(unit);
                remaining -= unit.size();
            }
        }
        Collections.shuffle(chosen, random);
        return chosen.stream().flatMap(List::stream).map(Candidate::key).toList();
    }

    /**
     * Units that together cover every requirement within {@code count} questions, or null when this
     * try ran out of places. A random try picks any unit that covers something still missing (fresh
     * ones first), which gives variety; the last try picks the unit covering most per question.
     */
    private static List<List<Candidate>> cover(List<List<Candidate>> units, Set<String> required, int count, boolean greedy,
            Random random) {
        Set<String> missing = new HashSet<>(required);
        List<List<Candidate>> chosen = new ArrayList<>();
        int remaining = count;
        while (!missing.isEmpty()) {
            List<List<Candidate>> useful = new ArrayList<>();
            for (List<Candidate> unit : units) {
                if (!chosen.contains(unit) && unit.size() <= remaining && gain(unit, missing) > 0) {
                    useful.add(unit);
                }
            }
            if (useful.isEmpty()) {
                return null;
            }
            List<Candidate> pick = greedy ? best(useful, missing) : useful.get(random.nextInt(Math.min(useful.size(), 3)));
            chosen.add(pick);
            missing.removeAll(Blueprint.covers(pick));
            remaining -= pick.size();
        }
        return chosen;
    }

    private static List<Candidate> best(List<List<Candidate>> useful, Set<String> missing) {
        List<Candidate> best = useful.get(0);
        for (List<Candidate> unit : useful) {
            if ((double) gain(unit, missing) / unit.size() > (double) gain(best, missing) / best.size()) {
                best = unit;
            }
        }
        return best;
    }

    private static int gain(List<Candidate> unit, Set<String> missing) {
        Set<String> covered = new HashSet<>(Blueprint.covers(unit));
        covered.retainAll(missing);
        return covered.size();
    }

    /** Shuffled, with the units the trainee saw last time after all the others. */
    private static List<List<Candidate>> freshFirst(List<List<Candidate>> units, Set<String> previous, Random random) {
        List<List<Candidate>> fresh = new ArrayList<>();
        List<List<Candidate>> seen = new ArrayList<>();
        for (List<Candidate> unit : units) {
            (unit.stream().anyMatch(q -> previous.contains(q.key())) ? seen : fresh).add(unit);
        }
        Collections.shuffle(fresh, random);
        Collections.shuffle(seen, random);
        fresh.addAll(seen);
        return fresh;
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
}
