package org.dnacademy.records.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Question statistics for supervisors and content authors, read as in section 7 of the item-writing
 * guide: facility, upper-lower discrimination, option shares, and flags that say which questions to
 * review first.
 * <p>
 * Statistics belong to one version of a question: an edit makes a new version and its statistics
 * restart, so the caller passes the attempts and options of one version only. A chosen option that
 * is not among the question's options is therefore treated as an error, not silently skipped.
 * <p>
 * Choices made here:
 * <ul>
 * <li>Discrimination is the upper-lower index D: the mean points of the top 27% of the attempts that
 * contain the question minus the mean points of the bottom 27%, ranked by the attempt's total score.
 * The total includes the question itself (uncorrected), as is usual for D; it must be on one scale
 * for all attempts (a percentage, say). Group size is {@code max(1, round(0.27 * n))}, half rounding
 * up, computed in integers so that no float error moves a group boundary.</li>
 * <li>Ties at a group boundary are broken by attempt id: among equal total scores, the lower
 * (earlier) attempt id ranks higher. Any fixed rule would do; this one makes a report reproducible
 * whatever order the attempts arrive in.</li>
 * <li>Thresholds are compared with a tolerance of {@value #TOLERANCE}, because means of fractional
 * points are not exact in binary: 1.0 - 0.8 is 0.19999999999999996, and a D of exactly 0.2 must not
 * be flagged as below 0.2. Option shares are compared in whole counts, which is exact.</li>
 * <li>A question with no attempts has no facility, discrimination or shares (null or empty), not
 * zeros, so that a page cannot show "0% chose it" for a question nobody saw.</li>
 * </ul>
 * The thresholds are the ones the platform flags on; they are deliberately looser than the guide's
 * reading table (which asks for a look at p above 0.90 or below 0.30 and calls D of 0.20-0.29 only
 * fair), so that flags point at the items that most need a second look.
 */
public final class ItemStatistics {

    /** Share of the ranked attempts in each of the upper and lower groups, in hundredths. */
    static final int GROUP_PERCENT = 27;
    static final double LOW_DISCRIMINATION = 0.2;
    static final double TOO_EASY = 0.95;
    static final double TOO_HARD = 0.2;
    /** A wrong option chosen by under 1 in 20 attempts (5%) is a non-functional distractor. */
    static final int NON_FUNCTIONAL_ONE_IN = 20;
    static final double TOLERANCE = 1e-9;

    /** The answer given to one question in one attempt. */
    public record ItemResponse(String questionKey, Set<String> chosenOptionKeys, double points) {
        /**
         * @param chosenOptionKeys the options ticked; empty when the question was left unanswered
         * @param points           the credit given, 0 to 1; partial credit is a fraction
         */
        public ItemResponse {
            Objects.requireNonNull(questionKey);
            chosenOptionKeys = Set.copyOf(chosenOptionKeys);
            if (!(points >= 0 && points <= 1)) {
                throw new IllegalArgumentException("points of " + questionKey + " must be 0 to 1: " + points);
            }
        }
    }

    /** A submitted attempt with its total score, on the same scale for every attempt. */
    public record ScoredAttempt(long attemptId, double totalScore, List<ItemResponse> responses) {
        public ScoredAttempt {
            if (Double.isNaN(totalScore)) {
                throw new IllegalArgumentException("attempt " + attemptId + " has no total score");
            }
            responses = List.copyOf(responses);
        }
    }

    /**
     * The statistics of one question.
     *
     * @param attempts        attempts in which the question was asked
     * @param facility        mean points, 0 to 1; null when never asked
     * @param discrimination  upper-group minus lower-group mean points, -1 to 1; null under 2 attempts
     * @param optionShares    per option key, in the question's option order, the share of the attempts
     *                        that chose it (for multiple response the shares may add up to more than 1);
     *                        empty when never asked
     * @param unansweredShare share of the attempts that chose no option; null when never asked
     * @param wrongShare      share of the attempts without full marks for it: for a critical item,
     *                        how often it failed an attempt; null when never asked
     * @param flags           reasons to review the question; empty while provisional
     * @param provisional     fewer attempts than the minimum: figures shown, but not to act on
     */
    public record ItemReport(String questionKey, int attempts, Double facility, Double discrimination,
            Map<String, Double> optionShares, Double unansweredShare, Double wrongShare, List<String> flags, boolean provisional) {
        public ItemReport {
            Objects.requireNonNull(questionKey);
            optionShares = Collections.unmodifiableMap(new LinkedHashMap<>(optionShares));
            flags = List.copyOf(flags);
        }
    }

    /** One attempt's response to the question being analysed. */
    private record Answered(ScoredAttempt attempt, ItemResponse response) {
    }

    private ItemStatistics() {
    }

    /**
     * @param attempts          submitted attempts; each attempt id at most once, each question at most
     *                          once per attempt. Responses to questions not in {@code optionsByQuestion}
     *                          are ignored.
     * @param optionsByQuestion the option keys of every question to report on, in written order
     * @param correctByQuestion the keyed (correct) options of every question in {@code optionsByQuestion}
     * @param minimumAttempts   fewer attempts than this make a report provisional and unflagged; the
     *                          guide's house convention is about 30 to 50
     * @return one report per question of {@code optionsByQuestion}, sorted by question key; questions
     *         never asked appear with 0 attempts
     * @throws IllegalArgumentException on inconsistent input: a repeated attempt id, a question repeated
     *                                  in an attempt, a chosen or correct option the question does not
     *                                  have, a question without correct options
     */
    public static List<ItemReport> analyse(List<ScoredAttempt> attempts, Map<String, List<String>> optionsByQuestion,
            Map<String, Set<String>> correctByQuestion, int minimumAttempts) {
        if (minimumAttempts < 1) {
            throw new IllegalArgumentException("minimumAttempts must be at least 1: " + minimumAttempts);
        }
        Map<String, List<Answered>> byQuestion = new HashMap<>();
        Set<Long> attemptIds = new HashSet<>();
        for (ScoredAttempt attempt : attempts) {
            if (!attemptIds.add(attempt.attemptId())) {
                throw new IllegalArgumentException("attempt " + attempt.attemptId() + " appears twice");
            }
            Set<String> asked = new HashSet<>();
            for (ItemResponse response : attempt.responses()) {
                if (!asked.add(response.questionKey())) {
                    throw new IllegalArgumentException(
                            "question " + response.questionKey() + " appears twice in attempt " + attempt.attemptId());
                }
                if (optionsByQuestion.containsKey(response.questionKey())) {
                    byQuestion.computeIfAbsent(response.questionKey(), k -> new ArrayList<>())
                            .add(new Answered(attempt, response));
                }
            }
        }
        List<ItemReport> reports = new ArrayList<>();
        for (String questionKey : new TreeSet<>(optionsByQuestion.keySet())) {
            reports.add(report(questionKey, optionsByQuestion.get(questionKey), correctByQuestion.get(questionKey),
                    byQuestion.getOrDefault(questionKey, List.of()), minimumAttempts));
        }
        return List.copyOf(reports);
    }

    private static ItemReport report(String questionKey, List<String> options, Set<String> correct,
            List<Answered> answered, int minimumAttempts) {
        if (correct == null || correct.isEmpty() || !options.containsAll(correct)) {
            throw new IllegalArgumentException("question " + questionKey + " needs correct options among " + options
                    + ", has " + correct);
        }
        int n = answered.size();
        if (n == 0) {
            return new ItemReport(questionKey, 0, null, null, Map.of(), null, null, List.of(), true);
        }

        Map<String, Integer> chosenCounts = new LinkedHashMap<>();
        options.forEach(option -> chosenCounts.put(option, 0));
        int unanswered = 0;
        for (Answered a : answered) {
            Set<String> chosen = a.response().chosenOptionKeys();
            if (chosen.isEmpty()) {
                unanswered++;
            }
            for (String option : chosen) {
                if (chosenCounts.computeIfPresent(option, (k, count) -> count + 1) == null) {
                    throw new IllegalArgumentException("attempt " + a.attempt().attemptId() + " chose option " + option
                            + ", which question " + questionKey + " does not have");
                }
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        chosenCounts.forEach((option, count) -> shares.put(option, (double) count / n));

        double facility = meanPoints(answered);
        Double discrimination = n < 2 ? null : discrimination(answered);
        boolean provisional = n < minimumAttempts;

        List<String> flags = new ArrayList<>();
        if (!provisional) {
            if (discrimination != null && discrimination < LOW_DISCRIMINATION - TOLERANCE) {
                flags.add("discrimination below 0.2");
            }
            if (facility > TOO_EASY + TOLERANCE) {
                flags.add("facility above 0.95 (too easy?)");
            }
            if (facility < TOO_HARD - TOLERANCE) {
                flags.add("facility below 0.2 (check the key)");
            }
            if (discrimination != null && discrimination < -TOLERANCE) {
                flags.add("negative discrimination: check the key first");
            }
            chosenCounts.forEach((option, count) -> {
                if (!correct.contains(option) && count * NON_FUNCTIONAL_ONE_IN < n) {
                    flags.add("option " + option + " chosen by under 5% (non-functional distractor)");
                }
            });
        }
        long wrong = answered.stream().filter(a -> a.response().points() < 1 - TOLERANCE).count();
        return new ItemReport(questionKey, n, facility, discrimination, shares, (double) unanswered / n, (double) wrong / n, flags,
                provisional);
    }

    /** Upper-group minus lower-group mean points; needs at least 2 attempts, so the groups never overlap. */
    private static double discrimination(List<Answered> answered) {
        List<Answered> ranked = new ArrayList<>(answered);
        ranked.sort(Comparator.comparingDouble((Answered a) -> a.attempt().totalScore()).reversed()
                .thenComparingLong(a -> a.attempt().attemptId()));
        int n = ranked.size();
        int groupSize = Math.max(1, (GROUP_PERCENT * n + 50) / 100);
        return meanPoints(ranked.subList(0, groupSize)) - meanPoints(ranked.subList(n - groupSize, n));
    }

    private static double meanPoints(List<Answered> answered) {
        double sum = 0;
        for (Answered a : answered) {
            sum += a.response().points();
        }
        return sum / answered.size();
    }
}
