package org.dnacademy.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sends what waits in the outbox through the configured SMTP server, every ten seconds; without
 * one (development) it prints each message to the log instead, links included. A message that
 * fails is tried again with growing waits. One instance of a cluster sends at a time (the lease), and
 * each message is claimed before it is sent, under its version, so two instances sharing the
 * database never both send it.
 */
@Stateless
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @jakarta.ejb.EJB
    Leases leases;

    @jakarta.ejb.EJB
    DatabaseMigrations migrations;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scheduled() {
        migrations.awaitSchema();
        if (!leases.claim("outbox", Duration.ofSeconds(8))) {
            return; // another instance is sending this round
        }
        sendDue();
    }

    /**
     * Sends (or tries) every message that is due; messages another sender claimed are left to it.
     *
     * @return how many this call sent
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        OutboxSender self = context.getBusinessObject(OutboxSender.class);
        int sent = 0;
        for (Long id : self.due()) {
            OutboxMessage claimed;
            try {
                claimed = self.claim(id);
            } catch (RuntimeException taken) {
                continue; // another instance claimed it first
            }
            if (claimed == null) {
                continue;
            }
            try {
                deliver(claimed);
                self.record(id, null);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.warning(() -> "E-mail " + id + " to " + claimed.getRecipient() + " not sent (will retry): " + e.getMessage());
                self.record(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return sent;
    }

    public List<Long> due() {
        return em.createNamedQuery(OutboxMessage.DUE, Long.class).setParameter("now", clock.instant()).setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Takes a message for this sender. Another sender that read the same message as due either
     * finds it no longer due (claimed and committed before it looked: Derby waits for the claim's
     * row lock and then reads the new try time) or fails the version check at the flush (it read
     * the row before the claim was committed: PostgreSQL reads the old row and its update finds
     * the version changed). Either way only one sender has it.
     *
     * @return the message, now claimed by this sender; null when it was sent or claimed meanwhile
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMessage claim(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        Instant now = clock.instant();
        if (message == null || !message.isDue(now)) {
            return null;
        }
        message.claim(now);
        em.flush(); // the version check: a concurrent claim by another instance fails here
        message.getTextBody();
        message.getHtmlBody();
        em.detach(message);
        return message;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (error == null) {
            message.sent(clock.instant());
        } else {
            message.failed(error, clock.instant());
        }
    }

    private static void deliver(OutboxMessage message) throws MessagingException {
        var mail = Settings.current().mail();
        if (mail.isEmpty()) {
            LOG.info(() -> "\n---- E-mail (no SMTP server configured, DNA_SMTP_HOST) ----\nTo: " + message.getRecipient()
                    + "\nSubject: " + message.getSubject() + "\n\n" + message.getTextBody() + "\n----");
            return;
        }
        Settings.Mail server = mail.get();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", String.valueOf(server.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(server.startTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        Session session;
        if (server.user().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            session = Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(server.user().get(), server.password().orElse(""));
                }
            });
        } else {
            session = Session.getInstance(properties);
        }
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(server.from()));
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), "UTF-8");
        if (message.getHtmlBody() == null) {
            mime.setText(message.getTextBody(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.getTextBody(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(message.getHtmlBody(), "text/html; charset=UTF-8");
            mime.setContent(new MimeMultipart("alternative", text, html));
        }
        Transport.send(mime);
    }
}
