package org.dnacademy.progress.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;

/**
 * A trainee finished reading a lesson. Keyed by the lesson's slug and content hash, so it still
 * counts after a module change that left this lesson alone, and not after one that changed it.
 */
@Entity
@Table(name = "lesson_completion")
@NamedQuery(name = LessonCompletion.BY_ACCOUNT, query = "SELECT c FROM LessonCompletion c WHERE c.accountId = :account")
@NamedQuery(name = LessonCompletion.BY_ACCOUNT_AND_MODULE,
        query = "SELECT c FROM LessonCompletion c WHERE c.accountId = :account AND c.moduleKey = :module")
public class LessonCompletion {

    public static final String BY_ACCOUNT = "LessonCompletion.byAccount";
    public static final String BY_ACCOUNT_AND_MODULE = "LessonCompletion.byAccountAndModule";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "module_key", nullable = false, updatable = false, length = 64)
    private String moduleKey;

    @Column(name = "lesson_slug", nullable = false, updatable = false, length = 200)
    private String lessonSlug;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    protected LessonCompletion() {
    }

    public LessonCompletion(long accountId, String moduleKey, String lessonSlug, String contentHash, Instant completedAt) {
        this.accountId = accountId;
        this.moduleKey = Objects.requireNonNull(moduleKey);
        this.lessonSlug = Objects.requireNonNull(lessonSlug);
        this.contentHash = Objects.requireNonNull(contentHash);
        this.completedAt = Objects.requireNonNull(completedAt);
    }

    /** The key a current lesson is matched by. */
    public String lessonKey() {
        return key(moduleKey, lessonSlug, contentHash);
    }

    /** The {@link #lessonKey} a completion of this lesson content has. */
    public static String key(String moduleKey, String lessonSlug, String contentHash) {
        return moduleKey + "/" + lessonSlug + "/" + contentHash;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getLessonSlug() {
        return lessonSlug;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
