package org.dnacademy.audit;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Appends to the audit trail inside the caller's transaction, so an audited change and its
 * event are committed together or not at all.
 */
@Stateless
public class AuditLog {

    /** The actor of events that no signed-in person caused (start-up, timers). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String actor, AuditAction action, String subject, String detail) {
        record(actor, action, subject, detail, null);
    }

    public void record(String actor, AuditAction action, String subject, String detail, String remoteAddr) {
        em.persist(new AuditEvent(clock.instant(), actor, action, subject, detail, remoteAddr));
    }


    public List<AuditEvent> byAction(AuditAction action) {
        return em.createNamedQuery(AuditEvent.BY_ACTION, AuditEvent.class)
                .setParameter("action", action.name())
                .getResultList();
    }
}
