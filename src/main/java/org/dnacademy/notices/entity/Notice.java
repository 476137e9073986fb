package org.dnacademy.notices.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;

/**
 * Something the application told one person. Its key names what it is about (a certificate and a
 * threshold, a sign-off decision, a supervisor's week) and is unique, so the same thing is never
 * told twice. Only whether it was read ever changes.
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.BY_KEY, query = "SELECT COUNT(n) FROM Notice n WHERE n.noticeKey = :key")
@NamedQuery(name = Notice.UNREAD_OF, query = "SELECT n FROM Notice n WHERE n.accountId = :account AND n.readAt IS NULL "
        + "ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notice.RECENT_OF, query = "SELECT n FROM Notice n WHERE n.accountId = :account ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notice.UNREAD_COUNT_BY_EMAIL, query = "SELECT COUNT(n) FROM Notice n, org.dnacademy.identity.entity.Account a "
        + "WHERE a.email = :email AND n.accountId = a.id AND n.readAt IS NULL")
public class Notice {

    public static final String BY_KEY = "Notice.byKey";
    public static final String UNREAD_OF = "Notice.unreadOf";
    public static final String RECENT_OF = "Notice.recentOf";
    public static final String UNREAD_COUNT_BY_EMAIL = "Notice.unreadCountByEmail";
    public static final int KEY_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private NoticeKind kind;

    @Column(name = "notice_key", nullable = false, updatable = false, unique = true, length = KEY_LENGTH)
    private String noticeKey;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false, updatable = false)
    private String body;

    /** A path inside the application where the person acts on it, or null. */
    @Column(updatable = false, length = 500)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    public Notice(long accountId, NoticeKind kind, String key, String title, String body, String link, Instant now) {
        if (key.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("notice key too long: " + key);
        }
        this.accountId = accountId;
        this.kind = Objects.requireNonNull(kind);
        this.noticeKey = key;
        this.title = title.length() <= 300 ? title : title.substring(0, 299) + "…";
        this.body = Objects.requireNonNull(body);
        this.link = link;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Read: it leaves the unread list. Reading it again changes nothing. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getNoticeKey() {
        return noticeKey;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
