package org.dnacademy.training.content;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One question of a module's bank.
 *
 * @param caseId     the case scenario it belongs to, {@code null} for a standalone question
 * @param options    as written; a true-false question has the two options {@code true} and
 *                   {@code false}, both fixed
 * @param references keys of {@link Reference}s, at least one
 * @param tags       as written, including the topic, key facts and possibly the module id
 * @param topic      the one module topic among the tags
 * @param keyFacts   numbers N of the {@code key-fact-N} tags (section 7 of the fact digest)
 * @param critical   for a critical item, why a wrong answer would put a patient at risk (a wrong
 *                   answer fails the attempt whatever the score); {@code null} for other items
 */
public record QuestionContent(String id, QuestionType type, String caseId, String stem,
        List<OptionContent> options, ScoringRule scoring, String explanation,
        List<String> references, List<String> tags, String topic, Set<Integer> keyFacts, String critical)
        implements Blueprint.Item {

    public QuestionContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(topic, "topic");
        options = List.copyOf(options);
        references = List.copyOf(references);
        tags = List.copyOf(tags);
        keyFacts = Set.copyOf(keyFacts);
    }

    @Override
    public boolean isCritical() {
        return critical != null;
    }

    @Override
    public String caseKey() {
        return caseId;
    }

    public Set<String> correctOptionIds() {
        return options.stream().filter(OptionContent::correct).map(OptionContent::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The points, from 0 to 1, earned by ticking exactly these options. The ids are assumed to be
     * ids of this question's options: checking what a browser sent is the quiz's job.
     */
    public double score(Set<String> chosenOptionIds) {
        return scoring.score(correctOptionIds(), Set.copyOf(chosenOptionIds));
    }
}
