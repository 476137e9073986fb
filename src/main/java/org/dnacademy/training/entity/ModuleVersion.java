package org.dnacademy.training.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

import org.eclipse.persistence.config.QueryHints;

import org.dnacademy.platform.Ids;
import org.dnacademy.training.content.ModuleContent;
import org.dnacademy.training.content.Reference;

/**
 * A training module as it was at one version of its files. Versions are never changed or deleted:
 * attempts and certificates refer to the version they were taken against. One version per module
 * is current: the one trainees read and are quizzed on. Nothing of a version changes after it is
 * loaded but its current flag, so versions, their lessons and their questions are kept in the shared
 * cache, and the current versions are looked up from a cached query result (see
 * {@code CurriculumCatalog}): the lesson and quiz pages read no curriculum from the database.
 */
@Entity
@Cacheable
@Table(name = "module_version")
@NamedQuery(name = ModuleVersion.CURRENT, query = "SELECT m FROM ModuleVersion m WHERE m.current = TRUE ORDER BY m.position",
        hints = {@QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"),
                 @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = ModuleVersion.CURRENT_CACHE_MILLIS)})
@NamedQuery(name = ModuleVersion.CURRENT_BY_KEY, query = "SELECT m FROM ModuleVersion m WHERE m.current = TRUE AND m.moduleKey = :key",
        hints = {@QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"),
                 @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = ModuleVersion.CURRENT_CACHE_MILLIS)})
@NamedQuery(name = ModuleVersion.BY_KEY_AND_HASH, query = "SELECT m FROM ModuleVersion m WHERE m.moduleKey = :key AND m.contentHash = :hash")
@NamedQuery(name = ModuleVersion.ALL_VERSIONS, query = "SELECT m FROM ModuleVersion m WHERE m.moduleKey = :key ORDER BY m.loadedAt, m.id")
public class ModuleVersion {

    public static final String CURRENT = "ModuleVersion.current";
    public static final String CURRENT_BY_KEY = "ModuleVersion.currentByKey";
    public static final String BY_KEY_AND_HASH = "ModuleVersion.byKeyAndHash";
    public static final String ALL_VERSIONS = "ModuleVersion.allVersions";
    /**
     * How long an instance trusts its cached answer to "which versions are current": this instance
     * forgets it as soon as it loads a curriculum; another instance of a cluster that loaded a new
     * one (a rolling upgrade) is followed within this time.
     */
    static final String CURRENT_CACHE_MILLIS = "60000";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "module_key", nullable = false, updatable = false, length = 64)
    private String moduleKey;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(nullable = false, updatable = false, length = 4000)
    private String summary;

    @Column(nullable = false)
    private int position;

    /** Module keys, comma-separated. */
    @Column(nullable = false, updatable = false, length = 1000)
    private String prerequisites;

    /** The quiz blueprint's topics, comma-separated. */
    @Column(nullable = false, updatable = false, length = 2000)
    private String topics;

    @Column(name = "pass_mark", nullable = false, updatable = false)
    private int passMark;

    @Column(name = "questions_per_attempt", nullable = false, updatable = false)
    private int questionsPerAttempt;

    @Column(name = "time_limit_minutes", updatable = false)
    private Integer timeLimitMinutes;

    @Column(name = "max_attempts", nullable = false, updatable = false)
    private int maxAttempts;

    @Column(name = "cooldown_minutes", nullable = false, updatable = false)
    private int cooldownMinutes;

    @Column(name = "retake_after_pass", nullable = false, updatable = false)
    private boolean retakeAfterPass;

    @Column(name = "validity_months", nullable = false, updatable = false)
    private int validityMonths;

    /** Numbers of the key safety facts (section 7 of the fact digest) the module certifies, comma-separated. */
    @Column(name = "key_facts", nullable = false, updatable = false, length = 200)
    private String keyFacts;

    @Column(name = "cpd_hours", nullable = false, updatable = false, precision = 5, scale = 1)
    private java.math.BigDecimal cpdHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_after_fail", nullable = false, updatable = false, length = 40)
    private org.dnacademy.training.content.ReviewRules.AfterFailedAttempt reviewAfterFail;

    @Enumerated(EnumType.STRING)
    @Column(name = "full_review", nullable = false, updatable = false, length = 40)
    private org.dnacademy.training.content.ReviewRules.FullReview fullReview;

    @Column(name = "change_requires_recert", nullable = false, updatable = false)
    private boolean changeRequiresRecertification;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.PERSIST)
    private List<QuestionCase> cases = new ArrayList<>();

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.PERSIST)
    private List<ModuleImage> images = new ArrayList<>();

    protected ModuleVersion() {
    }

    /** A new, current version from what the curriculum files say. */
    public ModuleVersion(ModuleContent content, Map<String, Reference> references, Instant loadedAt) {
        this.moduleKey = content.id();
        this.contentHash = content.version();
        this.title = content.title();
        this.summary = content.summary();
        this.position = content.order();
        this.prerequisites = String.join(",", content.prerequisites());
        this.topics = String.join(",", content.topics());
        this.passMark = content.quiz().passMark();
        this.questionsPerAttempt = content.quiz().questionsPerAttempt();
        this.timeLimitMinutes = content.quiz().timeLimitMinutes();
        this.maxAttempts = content.quiz().maxAttempts();
        this.cooldownMinutes = content.quiz().cooldownMinutes();
        this.retakeAfterPass = content.quiz().retakeAfterPass();
        this.validityMonths = content.certificate().validityMonths();
        this.keyFacts = content.keyFacts().stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        this.cpdHours = content.cpdHours();
        this.reviewAfterFail = content.review().afterFailedAttempt();
        this.fullReview = content.review().fullReview();
        this.changeRequiresRecertification = content.certificate().changeRequiresRecertification();
        this.loadedAt = Objects.requireNonNull(loadedAt);
        this.current = true;
        content.lessons().forEach(lesson -> lessons.add(new Lesson(this, lesson)));
        var casesByKey = new java.util.HashMap<String, QuestionCase>();
        content.cases().forEach(c -> {
            var questionCase = new QuestionCase(this, c);
            cases.add(questionCase);
            casesByKey.put(c.id(), questionCase);
        });
        int questionPosition = 0;
        for (var question : content.questions()) {
            questions.add(new Question(this, question, ++questionPosition,
                    question.caseId() == null ? null : casesByKey.get(question.caseId()),
                    key -> references.containsKey(key) ? references.get(key).citation() : key));
        }
        content.images().forEach((file, bytes) -> images.add(new ModuleImage(this, file, bytes)));
    }

    /** A newer version replaces this one for reading and quizzes; this one stays as history. */
    public void retire() {
        current = false;
    }

    public void makeCurrent(int position) {
        this.current = true;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getContentHash() {
        return contentHash;
    }

    /** The first 12 characters of the hash: enough to tell versions apart on a page. */
    public String getShortVersion() {
        return contentHash.substring(0, 12);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getPosition() {
        return position;
    }

    public List<String> getPrerequisites() {
        return split(prerequisites);
    }

    public List<String> getTopics() {
        return split(topics);
    }

    public int getPassMark() {
        return passMark;
    }

    public int getQuestionsPerAttempt() {
        return questionsPerAttempt;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** What a trainee sees of a submitted attempt, and when. */
    public org.dnacademy.training.content.ReviewRules getReviewRules() {
        return new org.dnacademy.training.content.ReviewRules(reviewAfterFail, fullReview);
    }

    /** The key safety facts every attempt at this version tests. */
    public List<Integer> getKeyFacts() {
        return keyFacts.isEmpty() ? List.of() : Arrays.stream(keyFacts.split(",")).map(Integer::valueOf).toList();
    }

    /** The continuing-professional-development hours the module declares. */
    public java.math.BigDecimal getCpdHours() {
        return cpdHours;
    }

    public int getCooldownMinutes() {
        return cooldownMinutes;
    }

    public boolean isRetakeAfterPass() {
        return retakeAfterPass;
    }

    public int getValidityMonths() {
        return validityMonths;
    }

    public boolean isChangeRequiresRecertification() {
        return changeRequiresRecertification;
    }

    public boolean isCurrent() {
        return current;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public List<QuestionCase> getCases() {
        return cases;
    }

    public List<ModuleImage> getImages() {
        return images;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
