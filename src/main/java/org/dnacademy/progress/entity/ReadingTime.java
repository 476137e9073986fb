package org.dnacademy.progress.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Engaged reading time of one trainee on one lesson version, measured by the server: the open,
 * visible lesson page signals every {@link #SIGNAL_EVERY} seconds, and each signal adds the time
 * since the one before, at most {@link #MAX_CREDIT} (a page left in a background tab, or a
 * computer gone to sleep, adds nothing), up to a cap per lesson. The page cannot claim time: it only
 * says that it is still there.
 */
@Entity
@Table(name = "reading_time")
@IdClass(ReadingTime.Key.class)
public class ReadingTime {

    /** How often the page signals while it is visible. */
    public static final Duration SIGNAL_EVERY = Duration.ofSeconds(15);
    /** The most one signal can add: a little more than the interval, for a slow network. */
    public static final Duration MAX_CREDIT = Duration.ofSeconds(30);

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "lesson_id")
    private long lessonId;

    @Column(nullable = false)
    private int seconds;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected ReadingTime() {
    }

    /** The first signal of a visit starts the clock; it adds nothing itself. */
    public ReadingTime(long accountId, long lessonId, Instant now) {
        this.accountId = accountId;
        this.lessonId = lessonId;
        this.lastSeenAt = Objects.requireNonNull(now);
    }

    /** A signal at {@code now}: adds the time since the last one if it is recent, within the cap. */
    public void signal(Instant now, Duration capPerLesson) {
        Duration since = Duration.between(lastSeenAt, now);
        if (!since.isNegative() && since.compareTo(MAX_CREDIT) <= 0) {
            seconds = (int) Math.min(capPerLesson.toSeconds(), seconds + since.toSeconds());
        }
        if (now.isAfter(lastSeenAt)) {
            lastSeenAt = now;
        }
    }

    public Duration getTime() {
        return Duration.ofSeconds(seconds);
    }

    public long getLessonId() {
        return lessonId;
    }

    /** The composite key: one row per trainee and lesson version. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        long accountId;
        long lessonId;

        public Key() {
        }

        public Key(long accountId, long lessonId) {
            this.accountId = accountId;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && accountId == key.accountId && lessonId == key.lessonId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, lessonId);
        }
    }
}
