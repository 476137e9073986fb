package org.dnacademy.training.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;
import org.dnacademy.training.content.QuestionContent;
import org.dnacademy.training.content.QuestionType;
import org.dnacademy.training.content.ScoringRule;

/** One question of a module version's bank, with its options, correct answers and explanation. */
@Entity
@Cacheable
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    /** The id written in questions.yaml, stable across versions: statistics follow it. */
    @Column(name = "question_key", nullable = false, updatable = false, length = 100)
    private String questionKey;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, updatable = false, length = 16)
    private QuestionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ScoringRule scoring;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private QuestionCase questionCase;

    @Column(nullable = false, updatable = false, length = 4000)
    private String stem;

    @Column(nullable = false, updatable = false, length = 8000)
    private String explanation;

    @Column(nullable = false, updatable = false, length = 100)
    private String topic;

    /** Numbers of the key safety facts it tests, comma-separated. */
    @Column(name = "key_facts", nullable = false, updatable = false, length = 200)
    private String keyFacts;

    /**
     * For a critical item, why a wrong answer would put a patient at risk; null otherwise. A wrong
     * answer to a critical item fails the attempt whatever the score.
     */
    @Column(name = "critical_reason", updatable = false, length = 300)
    private String criticalReason;

    /** The full citations of its references, one per line, shown in the review. */
    @Column(nullable = false, updatable = false, length = 8000)
    private String sources;

    @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    Question(ModuleVersion moduleVersion, QuestionContent content, int position, QuestionCase questionCase,
            java.util.function.Function<String, String> citationOf) {
        this.moduleVersion = moduleVersion;
        this.questionKey = content.id();
        this.position = position;
        this.type = content.type();
        this.scoring = content.scoring();
        this.questionCase = questionCase;
        this.stem = content.stem();
        this.explanation = content.explanation();
        this.topic = content.topic();
        this.criticalReason = content.critical();
        this.keyFacts = content.keyFacts().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.sources = content.references().stream().map(citationOf).collect(Collectors.joining("\n"));
        int optionPosition = 0;
        for (var option : content.options()) {
            options.add(new QuestionOption(this, option, ++optionPosition));
        }
    }

    /** Points from 0 to 1 for these chosen option keys, by this question's scoring rule. */
    public double score(Set<String> chosenOptionKeys) {
        return scoring.score(getCorrectOptionKeys(), Set.copyOf(chosenOptionKeys));
    }

    public Set<String> getCorrectOptionKeys() {
        return options.stream().filter(QuestionOption::isCorrect).map(QuestionOption::getOptionKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasOption(String optionKey) {
        return options.stream().anyMatch(option -> option.getOptionKey().equals(optionKey));
    }

    public Long getId() {
        return id;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public int getPosition() {
        return position;
    }

    public QuestionType getType() {
        return type;
    }

    public ScoringRule getScoring() {
        return scoring;
    }

    public QuestionCase getQuestionCase() {
        return questionCase;
    }

    public String getStem() {
        return stem;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isCritical() {
        return criticalReason != null;
    }

    public String getCriticalReason() {
        return criticalReason;
    }

    public String getTopic() {
        return topic;
    }

    public Set<Integer> getKeyFacts() {
        return keyFacts.isEmpty() ? Set.of()
                : Arrays.stream(keyFacts.split(",")).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public List<String> getSources() {
        return Arrays.asList(sources.split("\n"));
    }

    public List<QuestionOption> getOptions() {
        return options;
    }
}
