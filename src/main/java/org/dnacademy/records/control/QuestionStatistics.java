package org.dnacademy.records.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.quiz.entity.Attempt;
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

    public List<ItemStatistics.ItemReport> of(ModuleVersion module) {
        List<Attempt> attempts = em.createNamedQuery(Attempt.BY_MODULE_VERSION, Attempt.class)
                .setParameter("version", module.getId()).getResultList();
        List<ItemStatistics.ScoredAttempt> scored = attempts.stream()
                .map(a -> new ItemStatistics.ScoredAttempt(a.getId(), a.getScorePoints() == null ? 0 : a.getScorePoints(),
                        a.getQuestions().stream().map(QuestionStatistics::response).toList()))
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

    private static ItemStatistics.ItemResponse response(AttemptQuestion question) {
        return new ItemStatistics.ItemResponse(question.getQuestion().getQuestionKey(), question.getChosenKeys(),
                question.getPoints() == null ? 0 : question.getPoints());
    }
}
