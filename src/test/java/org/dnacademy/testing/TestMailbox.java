package org.dnacademy.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;

/**
 * Reads what arrived at the tests' SMTP server ({@link TestMailServer}) for one address, over IMAP,
 * as a mail client would: GreenMail gives every recipient a mailbox whose login and password are
 * the address. Uses Jakarta Mail only, so it works in the test JVM and inside the server (where
 * {@code -Ddnacademy.test.imap-port} names the port).
 */
public final class TestMailbox {

    /** One message as received: subject, sender, plain text and HTML (null when it had none). */
    public record Received(String subject, String from, String text, String html) {
    }

    private TestMailbox() {
    }

    /** Every message that reached the address, oldest first. */
    public static List<Received> of(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Received> received = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                received.add(read(message));
            }
            inbox.close(false);
            return received;
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of(); // GreenMail creates the mailbox with the first message to it
        } catch (MessagingException | IOException e) {
            throw new AssertionError("cannot read the test mailbox of " + address, e);
        }
    }

    /** Waits until a message whose subject contains the text has reached the address. */
    public static Received await(String address, String subjectContains, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Received message : of(address)) {
                if (message.subject().contains(subjectContains)) {
                    return message;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no e-mail '" + subjectContains + "' reached " + address + " within " + timeout
                        + "; it has: " + of(address).stream().map(Received::subject).toList());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** How many messages whose subject contains the text reached the address. */
    public static long count(String address, String subjectContains) {
        return of(address).stream().filter(m -> m.subject().contains(subjectContains)).count();
    }

    private static Received read(Message message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
        } else {
            text = String.valueOf(content);
        }
        String from = message.getFrom() == null || message.getFrom().length == 0 ? "" : ((InternetAddress) message.getFrom()[0]).getAddress();
        return new Received(message.getSubject(), from, text, html);
    }

    /** Whether this runs in the test JVM (failsafe names the application's WAR there), not inside the server. */
    public static boolean inTestJvm() {
        return System.getProperty("dnacademy.war") != null;
    }

    static int imapPort() {
        return port("dnacademy.test.imap-port");
    }

    static int port(String property) {
        String port = System.getProperty(property);
        if (port == null || !port.matches("[0-9]{2,5}")) {
            throw new IllegalStateException(property + " is not set: run the integration tests with Maven (mvn verify), which reserves it");
        }
        return Integer.parseInt(port);
    }
}
