package org.dnacademy.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.dnacademy.certification.control.CertificateReminders;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateKind;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.notices.control.Notices;
import org.dnacademy.notices.entity.Notice;
import org.dnacademy.notices.entity.NoticeKind;
import org.dnacademy.platform.OutboxSender;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.AdverseEvent;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.StepMark;
import org.dnacademy.records.control.Cohorts;
import org.dnacademy.records.control.SupervisorDigest;
import org.dnacademy.records.entity.CohortRole;
import org.dnacademy.testing.CurriculumCopy;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.Practice;
import org.dnacademy.testing.Scenario;
import org.dnacademy.testing.TestMailServer;
import org.dnacademy.testing.TestMailbox;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.clock.AdjustableClock;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.content.ObservationMode;
import org.dnacademy.training.control.CurriculumLoader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders, notices and e-mail inside the server, with a clock the test moves and a real SMTP
 * server (GreenMail) in the test JVM whose mailboxes are read over IMAP: certificate reminders at
 * 90, 30 and 7 days and on expiry, each once however often the job runs (twice in a row, two at the
 * same moment); recertification after a content change, with its deadline; sign-off decisions;
 * preferences; the supervisors' weekly digest; the outbox with two senders and a mail server that is
 * down; and the audit table refusing UPDATE and DELETE in the database itself.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addPackage(AdjustableClock.class.getPackage());
    }

    @BeforeAll
    static void mailServer() {
        if (TestMailbox.inTestJvm()) {
            TestMailServer.start();
        }
    }

    @ArquillianResource
    URL base;

    @Inject
    Scenario scenario;

    @Inject
    Certificates certificates;

    @Inject
    CertificateReminders reminders;

    @Inject
    SupervisorDigest digest;

    @Inject
    Notices notices;

    @Inject
    OutboxSender sender;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Practice practice;

    @Inject
    Cohorts cohorts;

    @Inject
    CurriculumLoader loader;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        AdjustableClock.reset();
    }

    /** A trainee holding a foundations certificate; its expiry date. */
    private Certificate certified(Account trainee) {
        scenario.passedAttempt(trainee, "foundations");
        return certificates.ofAccount(trainee.getId()).stream().filter(c -> c.getKind() == CertificateKind.MODULE).findFirst().orElseThrow();
    }

    /** Moves the server's clock so that today is this many days before the certificate expires (negative: after). */
    private void daysBeforeExpiry(Certificate certificate, long days) {
        AdjustableClock.reset();
        AdjustableClock.advance(Duration.ofDays(certificate.getExpiresOn().toEpochDay() - certificates.today().toEpochDay() - days));
        assertEquals(certificate.getExpiresOn().minusDays(days), certificates.today());
    }

    private List<Notice> noticesOf(Account account, NoticeKind kind) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.accountId = :a AND n.kind = :k ORDER BY n.id", Notice.class)
                .setParameter("a", account.getId()).setParameter("k", kind).getResultList();
    }

    @Test
    void expiryRemindersGoOutAtNinetyThirtyAndSevenDaysAndOnExpiryEachExactlyOnce() {
        Account trainee = scenario.trainee("Rhea Reminded");
        Certificate certificate = certified(trainee);
        String subject = "Your certificate for " + certificate.getCertifiedFor();

        daysBeforeExpiry(certificate, 91);
        reminders.run();
        assertTrue(noticesOf(trainee, NoticeKind.CERTIFICATE_EXPIRING).isEmpty(), "nothing 91 days before");

        for (long days : new long[] {90, 30, 7}) {
            daysBeforeExpiry(certificate, days);
            reminders.run();
            reminders.run(); // the job running twice (a restart, a second timer) tells nobody twice
            sender.sendDue();
            TestMailbox.Received mail = TestMailbox.await(trainee.getEmail(), "expires in " + days + " days", MAIL_WAIT);
            assertTrue(mail.text().contains(certificate.getCode()) && mail.text().contains(certificate.getExpiresOn().toString()), mail.text());
            assertTrue(mail.html() != null && mail.html().contains("<a href=\"http://dnacademy.test/training/module.xhtml?module=foundations\""),
                    "an HTML body with the link: " + mail.html());
            assertEquals("academy@dnacademy.test", mail.from());
        }
        daysBeforeExpiry(certificate, -1);
        reminders.run();
        reminders.run();
        sender.sendDue();
        TestMailbox.await(trainee.getEmail(), "has expired", MAIL_WAIT);

        assertEquals(List.of("certificate-expiring:" + certificate.getId() + ":90", "certificate-expiring:" + certificate.getId() + ":30",
                "certificate-expiring:" + certificate.getId() + ":7"),
                noticesOf(trainee, NoticeKind.CERTIFICATE_EXPIRING).stream().map(Notice::getNoticeKey).toList());
        assertEquals(1, noticesOf(trainee, NoticeKind.CERTIFICATE_EXPIRED).size());
        for (String expected : List.of("expires in 90 days", "expires in 30 days", "expires in 7 days", "has expired")) {
            assertEquals(1, TestMailbox.count(trainee.getEmail(), expected), expected + ": e-mailed once");
        }
        assertEquals(4, notices.unread(trainee.getId(), 10).size(), "and shown in the application, unread");
    }

    @Test
    void twoRemindersJobsAtTheSameMomentPostEachReminderOnce() throws Exception {
        List<Account> trainees = new ArrayList<>();
        List<Certificate> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account trainee = scenario.trainee("Twin Run " + i);
            trainees.add(trainee);
            held.add(certified(trainee));
        }
        daysBeforeExpiry(held.get(0), 30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return reminders.run();
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        for (Account trainee : trainees) {
            assertEquals(1, noticesOf(trainee, NoticeKind.CERTIFICATE_EXPIRING).size(), trainee.getDisplayName());
        }
    }

    @Test
    void aContentChangeThatRequiresRecertificationRemindsHoldersWithTheDeadline() throws Exception {
        Account trainee = scenario.trainee("Rex Recertify");
        Certificate certificate = certified(trainee);
        Path copy = CurriculumCopy.create();
        Path yaml = copy.resolve("01-foundations/module.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("change-requires-recertification: false", "change-requires-recertification: true")
                + "\n# changed by RemindersIT\n");
        try {
            AdjustableClock.advance(Duration.ofDays(1));
            loader.publish(CurriculumReader.read(copy));
            LocalDate deadline = certificates.recertifyBy(certificates.get(certificate.getId())).orElseThrow();
            reminders.run();
            reminders.run();
            List<Notice> posted = noticesOf(trainee, NoticeKind.RECERTIFICATION_REQUIRED);
            assertEquals(1, posted.size());
            assertTrue(posted.get(0).getBody().contains(deadline.toString()), posted.get(0).getBody());
            sender.sendDue();
            TestMailbox.Received mail = TestMailbox.await(trainee.getEmail(), "Recertify in", MAIL_WAIT);
            assertTrue(mail.subject().contains(deadline.toString()), mail.subject());
        } finally {
            loader.publish(CurriculumReader.read(CurriculumLoader.curriculumFolder()));
        }
    }

    @Test
    void signOffDecisionsAreToldToTheTraineeUnlessTurnedOffWhileExpiryRemindersCannotBe() {
        Account trainee = scenario.trainee("Pam Practical");
        Account supervisor = scenario.staff("Sid Supervisor", Role.SUPERVISOR);
        long approvedSession = scenario.practicalSession(trainee, "first try");
        practice.assessCompetent(supervisor, Scenario.PASSWORD, practicalSkills.findSession(approvedSession).orElseThrow());
        List<Notice> approved = noticesOf(trainee, NoticeKind.PRACTICAL_APPROVED);
        assertEquals(1, approved.size());
        assertTrue(approved.get(0).getBody().contains("Sid Supervisor assessed your practical session"), approved.get(0).getBody());
        assertTrue(approved.get(0).getBody().contains(": Competent."), approved.get(0).getBody());
        assertEquals("/training/session.xhtml?session=" + approvedSession, approved.get(0).getLink());
        sender.sendDue();
        TestMailbox.await(trainee.getEmail(), "Practical session assessed competent", MAIL_WAIT);

        // Not yet competent (a rating below expectations) is a return too, with the supervisor's comment.
        long notYet = scenario.practicalSession(trainee, "second try");
        PracticalSession notYetSession = practicalSkills.findSession(notYet).orElseThrow();
        int steps = notYetSession.getSkill().getSteps().size();
        practicalSkills.assess(supervisor, Scenario.PASSWORD, notYet, Collections.nCopies(steps, StepMark.Mark.DONE), Collections.nCopies(steps, null),
                PracticalDecision.GlobalRating.BELOW_EXPECTATIONS, ObservationMode.IN_PERSON, "Angle the needle less", "I observed this session.",
                null, null);
        List<Notice> notYetTold = noticesOf(trainee, NoticeKind.PRACTICAL_RETURNED);
        assertEquals(1, notYetTold.size());
        assertTrue(notYetTold.get(0).getBody().contains(": Not yet competent."), notYetTold.get(0).getBody());
        assertTrue(notYetTold.get(0).getBody().contains("Comment: Angle the needle less"), notYetTold.get(0).getBody());

        // The trainee turns every optional notice off, and asks for the required ones to be off too.
        notices.choose(trainee.getId(), Set.of());
        assertEquals(Set.of(NoticeKind.PRACTICAL_APPROVED, NoticeKind.PRACTICAL_RETURNED, NoticeKind.SUPERVISOR_DIGEST),
                notices.turnedOff(trainee.getId()), "only the optional kinds can be off");
        long returnedSession = scenario.practicalSession(trainee, "third try");
        practicalSkills.returnUnassessed(supervisor, returnedSession, "Logged under the wrong skill");
        assertEquals(1, noticesOf(trainee, NoticeKind.PRACTICAL_RETURNED).size(), "turned off: not told");

        Certificate certificate = certified(trainee);
        daysBeforeExpiry(certificate, 7);
        reminders.run();
        assertEquals(1, noticesOf(trainee, NoticeKind.CERTIFICATE_EXPIRING).size(), "expiry reminders are always sent");

        notices.choose(trainee.getId(), Set.of(NoticeKind.PRACTICAL_RETURNED));
        AdjustableClock.reset();
        long fourth = scenario.practicalSession(trainee, "fourth try");
        practicalSkills.returnUnassessed(supervisor, fourth, "Closer, check the depth");
        List<Notice> returned = noticesOf(trainee, NoticeKind.PRACTICAL_RETURNED);
        assertEquals(2, returned.size(), "turned on again");
        assertTrue(returned.stream().anyMatch(n -> n.getBody().contains("Returned without assessment")
                && n.getBody().contains("Closer, check the depth")), returned.stream().map(Notice::getBody).toList().toString());
    }

    @Test
    void aSeriousAdverseEventIsMailedToTheCohortSupervisorFromItsTemplate() {
        Account trainee = scenario.trainee("Ada Adverse");
        Account supervisor = scenario.staff("Sam Serious", Role.SUPERVISOR);
        scenario.cohort("Adverse cohort", List.of(supervisor), List.of(trainee));
        PracticalSession session = practicalSkills.findSession(scenario.practicalSession(trainee, "with an event")).orElseThrow();
        practicalSkills.recordAdverseEvent(trainee, session, AdverseEvent.Grade.SERIOUS, AdverseEvent.Type.VASOVAGAL, "Fainted after needling",
                "Laid flat, recovered in five minutes", AdverseEvent.Referral.PHYSICIAN, null);
        sender.sendDue();
        TestMailbox.Received mail = TestMailbox.await(supervisor.getEmail(), "Serious adverse event: Ada Adverse", MAIL_WAIT);
        assertTrue(mail.text().contains("Hello Sam Serious"), mail.text());
        assertTrue(mail.text().contains("/records/trainee.xhtml?id=" + trainee.getId() + "#adverse-events"), mail.text());
        assertFalse(mail.text().contains("Fainted"), "no clinical details in the e-mail: " + mail.text());
    }

    @Test
    void eachSupervisorGetsOneDigestAWeekListingExpiringOverdueAwaitingAndStuckTrainees() throws Exception {
        Account supervisor = scenario.staff("Dora Digest", Role.SUPERVISOR);
        Account expiring = scenario.trainee("Eve Expiring");
        Account waiting = scenario.trainee("Walt Waiting");
        Account stuck = scenario.trainee("Stu Stuck");
        long cohort = scenario.cohort("Digest cohort", List.of(supervisor), List.of(expiring, waiting, stuck));
        setDueDate(cohort, LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
        Certificate certificate = certified(expiring);
        scenario.practicalSession(waiting, "waiting for sign-off");

        // Weeks later: Eve's certificate is expiring, Stu has done nothing since joining the cohort.
        daysBeforeExpiry(certificate, Settings.current().expiringWindowDays() - 1);
        scenario.practicalSession(waiting, "still practising"); // Walt is active; Eve was active (her quiz) long ago
        digest.run();
        digest.run();
        List<Notice> sent = noticesOf(supervisor, NoticeKind.SUPERVISOR_DIGEST);
        assertEquals(1, sent.size(), "one digest however often the job runs in a week");
        String body = sent.get(0).getBody();
        assertTrue(body.contains("Certificates expiring within " + Settings.current().expiringWindowDays() + " days (1):\n  - Eve Expiring"), body);
        assertTrue(body.contains("Overdue against their cohort's due date (3)"), body);
        assertTrue(body.contains("Walt Waiting: "), body);
        assertTrue(body.matches("(?s).*No progress for \\d+ days or more \\(2\\):\n  - Eve Expiring\n  - Stu Stuck\n.*"), body);
        sender.sendDue();
        TestMailbox.Received mail = TestMailbox.await(supervisor.getEmail(), "Your trainees this week", MAIL_WAIT);
        assertTrue(mail.html().contains("<li>Stu Stuck</li>"), mail.html());

        AdjustableClock.advance(Duration.ofDays(7));
        digest.run();
        assertEquals(2, noticesOf(supervisor, NoticeKind.SUPERVISOR_DIGEST).size(), "the next week's digest");
    }

    private void setDueDate(long cohortId, LocalDate due) throws Exception {
        transaction.begin();
        em.createNativeQuery("UPDATE cohort SET due_date = ? WHERE id = ?").setParameter(1, java.sql.Date.valueOf(due)).setParameter(2, cohortId)
                .executeUpdate();
        transaction.commit();
        em.clear();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEvents() throws Exception {
        Account someone = scenario.trainee("Audrey Audited");
        long event = ((Number) em.createNativeQuery("SELECT MAX(id) FROM audit_event WHERE subject = ?").setParameter(1, someone.getEmail())
                .getSingleResult()).longValue();
        for (String statement : List.of("UPDATE audit_event SET detail = 'rewritten' WHERE id = ?", "DELETE FROM audit_event WHERE id = ?")) {
            transaction.begin();
            try {
                em.createNativeQuery(statement).setParameter(1, event).executeUpdate();
                throw new AssertionError("the database accepted: " + statement);
            } catch (jakarta.persistence.PersistenceException refused) {
                // Derby's trigger says AUDIT_EVENT_IS_APPEND_ONLY, PostgreSQL's "audit_event is append-only".
                assertTrue(String.valueOf(causes(refused)).toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_').contains("AUDIT_EVENT_IS_APPEND_ONLY"), causes(refused));
            } finally {
                transaction.rollback();
            }
        }
        em.clear();
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE id = ? AND (detail IS NULL OR detail <> 'rewritten')")
                .setParameter(1, event).getSingleResult()).longValue(), "the event is as it was written");
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }

    /** Over HTTP, with the mail server in this JVM: two senders at once send each message once; a server that is down loses nothing. */
    @Test
    @RunAsClient
    void twoSendersDeliverEachMessageOnceAndAMailServerThatIsDownLosesNothing() throws Exception {
        var client = new WebClient(URI.create(base.toExternalForm()));
        JsonObject race = jobs(client, "job=outbox&messages=30&senders=2");
        List<String> recipients = race.getJsonArray("recipients").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(30, recipients.size());
        for (String recipient : recipients) {
            TestMailbox.await(recipient, "Outbox test", MAIL_WAIT);
        }
        Thread.sleep(12_000); // a timer run too, which must find nothing left to send
        for (String recipient : recipients) {
            List<TestMailbox.Received> received = TestMailbox.of(recipient);
            assertEquals(1, received.size(), recipient + " got " + received.size());
            assertTrue(received.get(0).html().contains("<p>Message"), "the HTML part arrived");
            assertTrue(received.get(0).text().startsWith("Message"), "and the plain-text part");
        }

        TestMailServer.stop();
        List<String> waiting;
        try {
            JsonObject down = jobs(client, "job=outbox&messages=3&senders=1");
            assertEquals(0, down.getJsonArray("results").getInt(0), "nothing could be sent");
            waiting = down.getJsonArray("recipients").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        } finally {
            TestMailServer.start();
        }
        client.post("/test-support/clock", "advance=PT3M", Map.of()); // past the first retry's wait
        try {
            jobs(client, "job=outbox&messages=0&senders=1");
            for (String recipient : waiting) {
                assertEquals("Outbox test", TestMailbox.await(recipient, "Outbox test", MAIL_WAIT).subject().substring(0, 11));
            }
        } finally {
            client.post("/test-support/clock", "reset=true", Map.of());
        }
    }

    private static JsonObject jobs(WebClient client, String form) throws Exception {
        var answer = client.post("/test-support/jobs", form, Map.of());
        assertEquals(200, answer.statusCode(), answer.body());
        try (var reader = Json.createReader(new java.io.StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
