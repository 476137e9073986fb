package org.dnacademy.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.dnacademy.platform.Paged;
import org.dnacademy.platform.Text;

/**
 * Searching the audit trail, for the administrators' page and its export: by person (as actor or
 * subject), action, subject and date range, newest first. The database filters, counts and pages;
 * the export reads the matches in batches by id, so memory stays bounded however many there are.
 */
@Stateless
public class AuditSearch {

    /**
     * @param person    an address, or part of one; matched against who acted and whom it was about
     * @param addresses more addresses that count as the person (accounts whose name matched), or empty
     * @param action    an {@link AuditAction} name, or null for any
     * @param subject   part of what the event is about (an address, a certificate code, "cohort 3"), or null
     * @param from      first day (UTC), or null
     * @param to        last day (UTC), inclusive, or null
     */
    public record Filter(String person, List<String> addresses, AuditAction action, String subject, LocalDate from, LocalDate to) {

        public static Filter none() {
            return new Filter(null, List.of(), null, null, null, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    /** One page of the matching events, newest first; a page past the end shows the last one. */
    public Paged<AuditEvent> page(Filter filter, int page, int pageSize) {
        Where where = where(filter);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where.text, Long.class);
        where.parameters.forEach(count::setParameter);
        return Paged.of(count.getSingleResult(), page, pageSize, (first, size) -> {
            TypedQuery<AuditEvent> rows = em.createQuery("SELECT e FROM AuditEvent e" + where.text + " ORDER BY e.id DESC", AuditEvent.class);
            where.parameters.forEach(rows::setParameter);
            return rows.setFirstResult(first).setMaxResults(size).getResultList();
        });
    }

    /**
     * The next batch of matching events older than {@code beforeId} (or the newest, for null), newest
     * first: an export calls it until it returns fewer than {@code size}.
     */
    public List<AuditEvent> batch(Filter filter, Long beforeId, int size) {
        Where where = where(filter);
        String text = where.text + (beforeId == null ? "" : (where.text.isEmpty() ? " WHERE" : " AND") + " e.id < :before");
        TypedQuery<AuditEvent> rows = em.createQuery("SELECT e FROM AuditEvent e" + text + " ORDER BY e.id DESC", AuditEvent.class);
        where.parameters.forEach(rows::setParameter);
        if (beforeId != null) {
            rows.setParameter("before", beforeId);
        }
        List<AuditEvent> batch = rows.setMaxResults(size).getResultList();
        batch.forEach(em::detach);
        return batch;
    }

    private record Where(String text, Map<String, Object> parameters) {
    }

    private static Where where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.person() != null && !filter.person().isBlank()) {
            String person = filter.person().strip().toLowerCase(java.util.Locale.ROOT);
            List<String> alternatives = new ArrayList<>();
            if (person.matches("[^@\\s]+@[^@\\s]+")) {
                // A whole address: the indexed columns are compared as they are.
                alternatives.add("e.actor = :person OR e.subject = :person");
                parameters.put("person", person);
            } else {
                alternatives.add("LOWER(e.actor) LIKE :person ESCAPE '\\' OR LOWER(e.subject) LIKE :person ESCAPE '\\'");
                parameters.put("person", Text.likeContaining(person));
            }
            if (!filter.addresses().isEmpty()) {
                alternatives.add("e.actor IN :addresses OR e.subject IN :addresses");
                parameters.put("addresses", filter.addresses());
            }
            conditions.add("(" + String.join(" OR ", alternatives) + ")");
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", filter.action().name());
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            conditions.add("LOWER(e.subject) LIKE :subject ESCAPE '\\'");
            parameters.put("subject", Text.likeContaining(filter.subject()));
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", startOf(filter.to().plusDays(1)));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
