package org.dnacademy.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An e-mail waiting to be sent, written in the same transaction as the change it reports, so a
 * message exists exactly when that change happened. Sent messages stay as a record.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.DUE, query = "SELECT m.id FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.nextTryAt <= :now "
        + "ORDER BY m.nextTryAt, m.id")
public class OutboxMessage {

    public static final String DUE = "OutboxMessage.due";

    /** After this many failed tries a message waits a day between tries. */
    static final int PATIENT_AFTER = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html_body", updatable = false)
    private String htmlBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String textBody, String htmlBody, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.textBody = Objects.requireNonNull(textBody);
        this.htmlBody = htmlBody;
        this.createdAt = now;
        this.nextTryAt = now;
    }

    /** Waiting to be sent, and its next try is not in the future (a claimed message's is). */
    boolean isDue(Instant now) {
        return sentAt == null && !nextTryAt.isAfter(now);
    }

    /**
     * Taken by one sender: pushed into the future first, so that another instance's sender does
     * not take it too; if this sender dies, it is tried again then.
     */
    void claim(Instant now) {
        nextTryAt = now.plus(Duration.ofMinutes(5));
    }

    void sent(Instant now) {
        sentAt = now;
        lastError = null;
    }

    /** Tried again later, waiting longer after each failure: 1, 2, 4... minutes, at most a day. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        long minutes = attempts >= PATIENT_AFTER ? 24 * 60 : Math.min(24 * 60, 1L << (attempts - 1));
        nextTryAt = now.plus(Duration.ofMinutes(minutes));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
