package org.dnacademy.platform;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Where e-mail is handed in: written inside the caller's transaction (so a message exists exactly
 * when the change it reports was committed) and sent later by {@link OutboxSender}, so a mail
 * server that is slow or down never holds up a request or loses a message.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param html the same message as HTML, or {@code null} for plain text only
     */
    public void send(String recipient, String subject, String text, String html) {
        em.persist(new OutboxMessage(recipient, subject, text, html, clock.instant()));
    }

    /** One message written from its template ({@link MailTemplates}): plain text and HTML. */
    public void send(String recipient, MailTemplates.Rendered message) {
        send(recipient, message.subject(), message.text(), message.html());
    }

    /** Whether e-mail really leaves the server (an SMTP server is configured), rather than being printed to the log. */
    public boolean delivers() {
        return Settings.current().mail().isPresent();
    }

    /** The latest messages to a recipient, newest first: for administrators and tests. */
    public List<OutboxMessage> to(String recipient, int max) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :recipient ORDER BY m.createdAt DESC, m.id DESC",
                OutboxMessage.class).setParameter("recipient", recipient).setMaxResults(max).getResultList();
    }
}
