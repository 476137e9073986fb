package org.dnacademy.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' real SMTP server (GreenMail), in the test JVM, on ports Maven reserved for this build
 * ({@code dnacademy.test.smtp-port}, {@code dnacademy.test.imap-port}): the server under test sends
 * to it (arquillian.xml points {@code DNA_SMTP_HOST/PORT} at it), and {@link TestMailbox} reads
 * what arrived over IMAP, from the test JVM or inside the server alike. Started once per test JVM
 * and left running for the classes after; {@link #stop} and {@link #start} again model a mail
 * server that is down for a while.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    /**
     * Starts the server, unless it runs already. Does nothing inside the application server, where
     * JUnit also runs a test class's {@code @BeforeAll}: the server lives in the test JVM only.
     */
    public static synchronized void start() {
        if (!TestMailbox.inTestJvm() || (server != null && server.isRunning())) {
            return;
        }
        server = new GreenMail(new ServerSetup[] {
            new ServerSetup(TestMailbox.port("dnacademy.test.smtp-port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(TestMailbox.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
    }

    /** The mail server goes down: the application must keep every message and send it later. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
