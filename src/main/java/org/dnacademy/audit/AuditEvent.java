package org.dnacademy.audit;

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

/** One thing that happened to a record someone relies on. Written once, never changed. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.BY_ACTION, query = "SELECT e FROM AuditEvent e WHERE e.action = :action ORDER BY e.id")
public class AuditEvent {

    public static final String BY_ACTION = "AuditEvent.byAction";
    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(updatable = false, length = 254)
    private String subject;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "remote_addr", updatable = false, length = 64)
    private String remoteAddr;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String subject, String detail, String remoteAddr) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = action.name();
        this.subject = subject;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        this.remoteAddr = remoteAddr;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddr() {
        return remoteAddr;
    }
}
