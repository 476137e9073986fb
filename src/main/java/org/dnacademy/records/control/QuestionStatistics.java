package org.dnacademy.records.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.quiz.entity.AttemptQuestion;
import org.dnacademy.training.entity.ModuleVersion;
import org.dnacademy.training.entity.Question;
import org.dnacademy.training.entity.QuestionOption;

/**
 * Item statistics for one module version, from its submitted attempts: how content authors find
 * questions that are too easy, too hard, miskeyed or carry useless distractors. An edited module
 * is a new version, so its statistics start afresh.
 */
@Stateless
public class QuestionStatistics {

    /** Below this many attempts a question's figures are provisional (item-writing guide, section 7). */
    public static final int MINIMUM_ATTEMPTS = 30;

    @PersistenceContext
    EntityManager em;

    /**
     * At most this many attempts, the most recent, are analysed: far more than stable figures need,
     * and a bound on the work of one page view however many attempts a module collects.
     */
    public static final int MAXIMUM_ATTEMPTS = 5_000;

    /** The submitted attempts at this module version, all of them, not only those analysed. */
    public long attemptCount(ModuleVersion module) {
        return em.createQuery("SELECT COUNT(a) FROM Attempt a WHERE a.moduleVersion.id = :version "
                + "AND a.status = org.dnacademy.quiz.entity.AttemptStatus.SUBMITTED", Long.class)
                .setParameter("version", module.getId()).getSingleResult();
    }

    /** Figures per question from the latest {@link #MAXIMUM_ATTEMPTS} submitted attempts, read as plain values. */
    public List<ItemStatistics.ItemReport> of(ModuleVersion module) {
        Map<Long, Double> totals = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT a.id, a.scorePoints FROM Attempt a WHERE a.moduleVersion.id = :version "
                + "AND a.status = org.dnacademy.quiz.entity.AttemptStatus.SUBMITTED ORDER BY a.submittedAt DESC, a.id DESC", Object[].class)
                .setParameter("version", module.getId()).setMaxResults(MAXIMUM_ATTEMPTS).getResultList()) {
            totals.put((Long) row[0], row[1] == null ? 0 : (Double) row[1]);
        }
        Map<Long, List<ItemStatistics.ItemResponse>> responses = new HashMap<>();
        List<Long> ids = new ArrayList<>(totals.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            for (Object[] row : em.createQuery("SELECT q.attempt.id, q.question.questionKey, q.chosen, q.points FROM AttemptQuestion q "
                    + "WHERE q.attempt.id IN :attempts", Object[].class)
                    .setParameter("attempts", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()) {
                responses.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new ItemStatistics.ItemResponse((String) row[1],
                        AttemptQuestion.chosenKeys((String) row[2]), row[3] == null ? 0 : (Double) row[3]));
            }
        }
        List<ItemStatistics.ScoredAttempt> scored = totals.entrySet().stream()
                .map(attempt -> new ItemStatistics.ScoredAttempt(attempt.getKey(), attempt.getValue(),
                        responses.getOrDefault(attempt.getKey(), List.of())))
                .toList();
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> correct = new LinkedHashMap<>();
        for (Question question : module.getQuestions()) {
            options.put(question.getQuestionKey(), question.getOptions().stream().map(QuestionOption::getOptionKey).toList());
            correct.put(question.getQuestionKey(), question.getCorrectOptionKeys());
        }
        return ItemStatistics.analyse(scored, options, correct, MINIMUM_ATTEMPTS);
    }

    /** Question stems by key, for the page. */
    public Map<String, String> stems(ModuleVersion module) {
        return module.getQuestions().stream().collect(Collectors.toMap(Question::getQuestionKey, Question::getStem));
    }
}
