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

/** A trainee passed a module's quiz: the quiz records it when a graded attempt reaches the pass mark. */
@Entity
@Table(name = "module_pass")
@NamedQuery(name = ModulePass.MODULE_KEYS_BY_ACCOUNT,
        query = "SELECT DISTINCT p.moduleKey FROM ModulePass p WHERE p.accountId = :account")
public class ModulePass {

    public static final String MODULE_KEYS_BY_ACCOUNT = "ModulePass.moduleKeysByAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "module_key", nullable = false, updatable = false, length = 64)
    private String moduleKey;

    @Column(name = "module_version_id", nullable = false, updatable = false)
    private long moduleVersionId;

    /** The attempt that passed; at most one pass per attempt (a unique column). */
    @Column(name = "attempt_id", updatable = false)
    private Long attemptId;

    @Column(name = "score_percent", nullable = false, updatable = false)
    private int scorePercent;

    @Column(name = "passed_at", nullable = false, updatable = false)
    private Instant passedAt;

    protected ModulePass() {
    }

    public ModulePass(long accountId, String moduleKey, long moduleVersionId, Long attemptId, int scorePercent,
            Instant passedAt) {
        this.accountId = accountId;
        this.attemptId = attemptId;
        this.moduleKey = Objects.requireNonNull(moduleKey);
        this.moduleVersionId = moduleVersionId;
        this.scorePercent = scorePercent;
        this.passedAt = Objects.requireNonNull(passedAt);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public long getModuleVersionId() {
        return moduleVersionId;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getScorePercent() {
        return scorePercent;
    }

    public Instant getPassedAt() {
        return passedAt;
    }
}
