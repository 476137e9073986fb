package org.dnacademy.notices.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An optional kind of notice a person turned off. Only optional kinds can be. */
@Entity
@Table(name = "notice_preference")
@IdClass(NoticePreference.Key.class)
@NamedQuery(name = NoticePreference.OF_ACCOUNT, query = "SELECT p FROM NoticePreference p WHERE p.accountId = :account")
public class NoticePreference {

    public static final String OF_ACCOUNT = "NoticePreference.ofAccount";

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private NoticeKind kind;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NoticePreference() {
    }

    public NoticePreference(long accountId, NoticeKind kind, Instant now) {
        if (!kind.isOptional()) {
            throw new IllegalArgumentException(kind + " cannot be turned off");
        }
        this.accountId = accountId;
        this.kind = kind;
        this.changedAt = Objects.requireNonNull(now);
    }

    public NoticeKind getKind() {
        return kind;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private long accountId;
        private NoticeKind kind;

        public Key() {
        }

        public Key(long accountId, NoticeKind kind) {
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId && key.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kind);
        }
    }
}
