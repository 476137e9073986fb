package org.dnacademy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.PasswordResets;
import org.dnacademy.platform.Outbox;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.Mail;
import org.dnacademy.testing.TestMailServer;
import org.dnacademy.testing.TestMailbox;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;
import org.dnacademy.testing.clock.AdjustableClock;
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
 * An account's life over HTTP, as people go through it, with e-mail read from a real SMTP server in
 * the test JVM (GreenMail): a cohort enrolled from a CSV file and its invitations accepted, all or
 * nothing; an account disabled and enabled; a forgotten password reset; an e-mail address changed;
 * signing out everywhere; sessions that end when idle or too old while a quiz keeps its answers;
 * and the audit page answering "who changed this role, when". Inside the server: the limits on
 * reset links and their 30 minutes.
 */
@ExtendWith(ArquillianExtension.class)
class AccountLifecycleIT {

    private static final String PASSWORD = "a long and unusual passphrase";
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
    PasswordResets resets;

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    @AfterEach
    void resetClock() {
        AdjustableClock.reset();
    }

    // ---- Enrolment ----

    @Test
    @RunAsClient
    void aCohortOfFortyIsEnrolledFromACsvFileAndItsMembersAcceptTheirInvitations() {
        WebClient admin = admin();
        String tag = unique();
        String cohort = "Cohort " + tag;
        createCohort(admin, cohort);
        StringBuilder csv = new StringBuilder("name,email,role,cohort\r\n");
        for (int i = 0; i < 40; i++) {
            csv.append("Member ").append(i).append(' ').append(tag).append(",m").append(i).append('-').append(tag)
                    .append("@cohort.example,trainee,").append(cohort).append("\r\n");
        }
        csv.append("Copy Person,M1-").append(tag).append("@cohort.example,,").append(cohort).append("\r\n"); // line 42
        csv.append("Lost Person,lost-").append(tag).append("@cohort.example,,No Such Cohort ").append(tag).append("\r\n"); // 43
        csv.append("Bad Address,not-an-address,,\r\n"); // 44
        csv.append("The Admin,").append(Deployments.ADMIN_EMAIL).append(",,\r\n"); // 45
        Map<String, Long> before = counts(admin);

        Page preview = admin.submitMultipart(admin.get("/admin/enrol.xhtml"), "upload", Map.of(), "file", "cohort.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), "preview");
        assertText(preview, "40 of 44 rows can be stored; 4 have problems and will not be. Nothing has been stored yet.");
        assertText(preview, "Line 42: The address m1-" + tag + "@cohort.example is on line 3 already.");
        assertText(preview, "Line 43: No cohort is named No Such Cohort " + tag);
        assertText(preview, "Line 44: The e-mail address not-an-address is not valid.");
        assertText(preview, "Line 45: An account with the address " + Deployments.ADMIN_EMAIL + " exists already.");
        assertEquals(before, counts(admin), "a preview stores nothing");

        Page done = admin.submit(preview, "decide", Map.of(), "confirm");
        assertText(done, "40 accounts were created from cohort.csv, and each was sent an invitation.");
        Map<String, Long> after = counts(admin);
        assertEquals(before.get("account") + 40, after.get("account"));
        assertEquals(before.get("cohort_member") + 40, after.get("cohort_member"), "each joined the cohort");

        sendMailNow(admin);
        for (int i = 0; i < 40; i++) {
            String address = "m" + i + "-" + tag + "@cohort.example";
            TestMailbox.Received invitation = TestMailbox.await(address, "You are invited to DN Academy", MAIL_WAIT);
            assertTrue(invitation.text().contains("trainee, cohort " + cohort), invitation.text());
        }
        for (int i = 0; i < 40; i++) {
            assertEquals(1, TestMailbox.count("m" + i + "-" + tag + "@cohort.example", "You are invited"), "one invitation each");
        }
        TestMailbox.Received first = TestMailbox.await("m0-" + tag + "@cohort.example", "You are invited", MAIL_WAIT);
        assertTrue(first.html().contains("<a href=\"http://dnacademy.test/welcome.xhtml?token="), first.html());

        WebClient invitee = client();
        Page welcome = invitee.get(Mail.link(first.text()));
        assertText(welcome, "Hello Member 0 " + tag);
        assertText(invitee.submit(welcome, "welcome", Map.of("password", PASSWORD, "confirmation", PASSWORD), "submit"), "Your password is set");
        assertText(signIn(invitee, "m0-" + tag + "@cohort.example", PASSWORD), "Welcome, Member 0 " + tag);

        Page audit = admin.get("/admin/audit.xhtml?action=ACCOUNTS_UPLOADED&subject=cohort.csv&person=" + enc(Deployments.ADMIN_EMAIL));
        assertText(audit, "40 accounts from 44 rows");
        assertText(admin.get("/admin/audit.xhtml?action=ACCOUNT_INVITED&person=" + enc("Member 7 " + tag)),
                "role TRAINEE, cohort " + cohort + ", from cohort.csv line 9");
    }

    @Test
    @RunAsClient
    void aConfirmedFileIsStoredAllOrNothing() {
        WebClient admin = admin();
        String tag = unique();
        String csv = "name,email\nAnn " + tag + ",ann-" + tag + "@all.example\nBob " + tag + ",bob-" + tag + "@all.example\n";
        Page preview = admin.submitMultipart(admin.get("/admin/enrol.xhtml"), "upload", Map.of(), "file", "pair.csv",
                csv.getBytes(StandardCharsets.UTF_8), "preview");
        assertText(preview, "2 of 2 rows can be stored");
        // Bob registers himself between the preview and the confirmation.
        register(client(), "Bob Himself", "bob-" + tag + "@all.example");
        Map<String, Long> before = counts(admin);
        Page refused = admin.submit(preview, "decide", Map.of(), "confirm");
        assertText(refused, "Something changed since the preview, so nothing was stored.");
        assertText(refused, "Line 3: An account with the address bob-" + tag + "@all.example exists already.");
        assertEquals(before, counts(admin), "not even Ann was stored");
        assertText(admin.submit(refused, "decide", Map.of(), "confirm"), "1 account was created from pair.csv");
    }

    // ---- Disabling ----

    @Test
    @RunAsClient
    void aDisabledAccountIsSignedOutAtOnceCannotSignInAndKeepsItsRecordsUntilEnabled() {
        String name = "Lee Leaver " + unique();
        String email = register(client(), name, uniqueEmail());
        WebClient laptop = client();
        assertText(signIn(laptop, email, PASSWORD), "Welcome, " + name);
        WebClient admin = admin();

        Page disabled = accountAction(admin, name, "disable");
        assertText(disabled, name + " is disabled: signed out everywhere, and cannot sign in.");
        Page next = laptop.getRaw("/account/password.xhtml");
        assertEquals(302, next.status(), "the live session ended at its next request");
        assertTrue(next.location().contains("/login.xhtml?signedOut=elsewhere"), next.location());
        assertText(signIn(client(), email, PASSWORD), "The e-mail address or password is wrong.");
        WebClient forgetful = client();
        assertText(forgetful.submit(forgetful.get("/forgot-password.xhtml"), "forgot", Map.of("email", email), "submit"), "If an account has");

        Page enabled = accountAction(admin, name, "enable");
        assertText(enabled, name + " can sign in again.");
        assertText(signIn(client(), email, PASSWORD), "Welcome, " + name);
        Page trail = admin.get("/admin/audit.xhtml?person=" + enc(name));
        assertText(trail, "Account disabled");
        assertText(trail, "Account enabled");
        sendMailNow(admin);
        assertEquals(0, TestMailbox.count(email, "Reset your"), "no reset link for a disabled account");
    }

    @Test
    @RunAsClient
    void theAuditPageAnswersWhoChangedThisRoleAndWhen() {
        String name = "Rolf Role " + unique();
        String email = register(client(), name, uniqueEmail());
        WebClient admin = admin();
        Page list = admin.get("/admin/accounts.xhtml?q=" + enc(name));
        int row = WebClient.rowWithLabel(list, "choice", "Role of " + name);
        assertText(admin.submit(list, "accounts", Map.of("rows:" + row + ":choice", "SUPERVISOR"), "rows:" + row + ":save"),
                name + " is now Supervisor.");

        Page answer = admin.get("/admin/audit.xhtml?action=ROLE_CHANGED&person=" + enc(name));
        assertText(answer, "1 event");
        assertTrue(answer.body().matches("(?s).*<td><time datetime=\"\\d{4}-\\d{2}-\\d{2}T[^\"]+\">[^<]+</time></td>\\s*<td>"
                + Pattern.quote(Deployments.ADMIN_EMAIL) + "</td>\\s*<td>Role changed</td>\\s*<td>" + Pattern.quote(email)
                + "</td>\\s*<td>TRAINEE -&gt; SUPERVISOR</td>.*"), "who (the administrator), when, what: " + answer.text());
        assertText(admin.get("/admin/audit.xhtml?action=ROLE_CHANGED&person=" + enc(name) + "&to=2000-01-01"), "0 events");
        assertText(admin.get("/admin/audit.xhtml?from=not-a-date"), "write the date as year-month-day");

        Page csv = admin.getRaw("/admin/audit.csv?action=ROLE_CHANGED&person=" + enc(email));
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertEquals("no-store", csv.header("Cache-Control"));
        assertTrue(csv.body().contains("," + Deployments.ADMIN_EMAIL + ",ROLE_CHANGED," + email + ",TRAINEE -> SUPERVISOR"), csv.body());
        assertText(admin.get("/admin/audit.xhtml?action=AUDIT_EXPORTED&person=" + enc(Deployments.ADMIN_EMAIL)), "action=ROLE_CHANGED");
        assertEquals(404, signedInTrainee().getRaw("/admin/audit.csv").status(), "administrators only");
    }

    // ---- Password reset ----

    @Test
    @RunAsClient
    void aForgottenPasswordIsResetByALinkThatWorksOnceAndEndsEverySession() {
        String name = "Rita Reset " + unique();
        String email = register(client(), name, uniqueEmail());
        WebClient phone = client();
        signIn(phone, email, PASSWORD);

        WebClient visitor = client();
        Page known = visitor.submit(visitor.get("/forgot-password.xhtml"), "forgot", Map.of("email", email), "submit");
        Page unknown = visitor.submit(visitor.get("/forgot-password.xhtml"), "forgot", Map.of("email", "nobody-" + email), "submit");
        assertText(known, PasswordResets.SENT);
        assertEquals(messages(known), messages(unknown), "the same answer whether or not the address has an account");

        sendMailNow(phone);
        TestMailbox.Received mail = TestMailbox.await(email, "Reset your DN Academy password", MAIL_WAIT);
        assertTrue(mail.text().contains("within 30 minutes"), mail.text());
        assertTrue(TestMailbox.of("nobody-" + email).isEmpty(), "nothing sent to an address without an account");
        String link = Mail.link(mail.text());
        Page form = visitor.get(link);
        assertText(form, "Hello " + name);
        String newPassword = "a brand new passphrase for Rita";
        Page done = visitor.submit(form, "reset", Map.of("password", newPassword, "confirmation", newPassword), "submit");
        assertText(done, "Your new password is set, and every place you were signed in has been signed out.");

        assertEquals(302, phone.getRaw("/account/password.xhtml").status(), "the phone was signed out");
        assertText(signIn(client(), email, PASSWORD), "The e-mail address or password is wrong.");
        assertText(signIn(client(), email, newPassword), "Welcome, " + name);
        assertText(client().get(link), "This link is not valid any more");
        assertText(admin().get("/admin/audit.xhtml?action=PASSWORD_RESET&person=" + enc(email)), "every session ended");
    }

    /** Inside the server, where network addresses can be named: the limits and the 30 minutes. */
    @Test
    void resetLinksAreLimitedPerAccountAndPerAddressAndLastThirtyMinutes() {
        String email = accounts.register(uniqueEmail(), "Tim Throttled", PASSWORD).getEmail();
        String address = "198.51.100." + (int) (Math.random() * 250 + 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(PasswordResets.SENT, resets.request(email, address));
        }
        assertEquals(3, resetMails(email), "three links an hour");
        assertEquals(PasswordResets.SENT, resets.request(email, address), "the fourth gets the same answer...");
        assertEquals(3, resetMails(email), "...and no link");

        String other = "203.0.113." + (int) (Math.random() * 250 + 1);
        for (int i = 0; i < 20; i++) {
            resets.request("stranger-" + i + "@nowhere.example", other);
        }
        RejectedException refused = assertThrows(RejectedException.class, () -> resets.request("stranger@nowhere.example", other));
        assertTrue(refused.getMessage().contains("Too many password resets"), refused.getMessage());
        assertTrue(refused.getMessage().contains("from your network"), "it says nothing about any account");

        String token = Mail.token(outbox.to(email, 1).get(0).getTextBody());
        AdjustableClock.advance(Duration.ofMinutes(29));
        assertTrue(resets.holder(token).isPresent(), "valid for 29 minutes");
        AdjustableClock.advance(Duration.ofMinutes(2));
        assertTrue(resets.holder(token).isEmpty(), "not after 30");
        assertThrows(RejectedException.class, () -> resets.reset(token, "a passphrase too late", address));
    }

    private long resetMails(String email) {
        return outbox.to(email, 20).stream().filter(m -> m.getSubject().startsWith("Reset your")).count();
    }

    // ---- E-mail change ----

    @Test
    @RunAsClient
    void aNewAddressIsConfirmedFromItsOwnMailboxAndTheOldOneIsTold() {
        String name = "Ed Change " + unique();
        String oldEmail = register(client(), name, uniqueEmail());
        String newEmail = "new-" + oldEmail;
        WebClient session = client();
        signIn(session, oldEmail, PASSWORD);
        Page wrong = session.submit(session.get("/account/email.xhtml"), "email", Map.of("address", newEmail, "password", "not it"), "submit");
        assertText(wrong, "Your password is not correct.");
        Page asked = session.submit(session.get("/account/email.xhtml"), "email", Map.of("address", newEmail, "password", PASSWORD), "submit");
        assertText(asked, "We have sent a link to " + newEmail);

        sendMailNow(session);
        TestMailbox.Received notice = TestMailbox.await(oldEmail, "about to change", MAIL_WAIT);
        assertTrue(notice.text().contains(newEmail), notice.text());
        TestMailbox.Received confirmation = TestMailbox.await(newEmail, "Confirm your new e-mail address", MAIL_WAIT);
        assertText(signIn(client(), oldEmail, PASSWORD), "Welcome, " + name);
        assertText(signIn(client(), newEmail, PASSWORD), "The e-mail address or password is wrong.");

        WebClient mailbox = client();
        Page page = mailbox.get(Mail.link(confirmation.text()));
        assertText(page, "sign in as " + newEmail);
        assertText(mailbox.submit(page, "confirm", Map.of(), "submit"), "Your e-mail address is now " + newEmail);
        assertText(signIn(client(), newEmail, PASSWORD), "Welcome, " + name);
        assertText(signIn(client(), oldEmail, PASSWORD), "The e-mail address or password is wrong.");
        assertEquals(302, session.getRaw("/account/password.xhtml").status(), "signed in under the old address: signed out");
    }

    // ---- Sessions ----

    @Test
    @RunAsClient
    void signingOutEverywhereEndsEverySessionOfTheAccount() {
        String email = register(client(), "Sam Everywhere " + unique(), uniqueEmail());
        WebClient laptop = client();
        WebClient phone = client();
        signIn(laptop, email, PASSWORD);
        signIn(phone, email, PASSWORD);
        Page out = laptop.submit(laptop.get("/account/password.xhtml"), "everywhere", Map.of(), "submit");
        assertText(out, "You have signed out everywhere");
        assertEquals(302, laptop.getRaw("/account/password.xhtml").status());
        assertEquals(302, phone.getRaw("/account/password.xhtml").status());
        assertText(admin().get("/admin/audit.xhtml?action=SIGNED_OUT_EVERYWHERE&person=" + enc(email)), "Signed out everywhere");
    }

    @Test
    @RunAsClient
    void anIdleSessionEndsButTheOpenQuizKeepsItsAnswersAndResumesAfterSigningIn() throws Exception {
        WebClient support = client();
        Map<String, String> trainee = seed(support);
        WebClient browser = client();
        signIn(browser, trainee.get("email"), trainee.get("password"));
        Page question = browser.submit(browser.get("/quiz/start.xhtml?module=foundations"), "start", Map.of(), "go");
        Matcher attemptId = Pattern.compile("/attempts/(\\d+)/questions").matcher(question.body());
        assertTrue(attemptId.find(), question.body());
        String attempt = attemptId.group(1);
        Matcher option = Pattern.compile("id=\"answer-([^\"]+)\"").matcher(browser.get("/quiz/take.xhtml?attempt=" + attempt + "&q=1").body());
        assertTrue(option.find());
        var saved = browser.post("/api/attempts/" + attempt + "/questions/1", "revision=1&answer=" + option.group(1), Map.of("X-DNA-Autosave", "1"));
        assertEquals(204, saved.statusCode(), saved.body());

        support.post("/test-support/clock", "advance=PT31M", Map.of());
        try {
            Page timedOut = browser.getRaw("/quiz/take.xhtml?attempt=" + attempt + "&q=2");
            assertEquals(302, timedOut.status());
            assertTrue(timedOut.location().contains("/login.xhtml?signedOut=idle"), timedOut.location());
            assertText(browser.get(timedOut.location()), "You were signed out after a time without activity");
            var late = browser.post("/api/attempts/" + attempt + "/questions/2", "revision=1&answer=" + option.group(1),
                    Map.of("X-DNA-Autosave", "1"));
            assertEquals(401, late.statusCode(), "a save after the session ended is refused, not lost silently: " + late.body());

            signIn(browser, trainee.get("email"), trainee.get("password"));
            Page resumed = browser.submit(browser.get("/quiz/start.xhtml?module=foundations"), "start", Map.of(), "go");
            assertTrue(resumed.body().contains("/attempts/" + attempt + "/questions"), "the same attempt resumes");
            Page first = browser.get("/quiz/take.xhtml?attempt=" + attempt + "&q=1");
            assertTrue(first.body().matches("(?s).*id=\"answer-" + Pattern.quote(option.group(1)) + "\"[^>]*checked.*"),
                    "the answer saved before the timeout is there");
        } finally {
            support.post("/test-support/clock", "reset=true", Map.of());
        }
    }

    @Test
    @RunAsClient
    void aBusySessionEndsTwelveHoursAfterSigningIn() throws Exception {
        String email = register(client(), "Bea Busy " + unique(), uniqueEmail());
        WebClient support = client();
        WebClient browser = client();
        signIn(browser, email, PASSWORD);
        try {
            for (int step = 1; step <= 28; step++) { // 28 x 25 minutes = 11 h 40 min, a request every 25 minutes
                support.post("/test-support/clock", "advance=PT25M", Map.of());
                assertEquals(200, browser.getRaw("/account/password.xhtml").status(), "still signed in after " + step * 25 + " minutes");
            }
            support.post("/test-support/clock", "advance=PT25M", Map.of());
            Page expired = browser.getRaw("/account/password.xhtml");
            assertEquals(302, expired.status());
            assertTrue(expired.location().contains("signedOut=expired"), expired.location());
        } finally {
            support.post("/test-support/clock", "reset=true", Map.of());
        }
    }

    // ---- Helpers ----

    private URI uri() {
        return URI.create(base.toExternalForm());
    }

    private WebClient client() {
        return new WebClient(uri());
    }

    private WebClient admin() {
        WebClient admin = client();
        assertText(signIn(admin, Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD), "Welcome");
        return admin;
    }

    private WebClient signedInTrainee() {
        WebClient trainee = client();
        String email = register(client(), "Tess Trainee", uniqueEmail());
        signIn(trainee, email, PASSWORD);
        return trainee;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String uniqueEmail() {
        return unique() + "@lifecycle.example";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String register(WebClient browser, String name, String email) {
        assertText(browser.submit(browser.get("/register.xhtml"), "register",
                Map.of("name", name, "email", email, "password", PASSWORD, "confirmation", PASSWORD), "submit"), "Your account has been created");
        return email;
    }

    private static Page signIn(WebClient browser, String email, String password) {
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
    }

    /** Presses a row's button on the accounts page, the row found by searching for the name. */
    private static Page accountAction(WebClient admin, String name, String button) {
        Page list = admin.get("/admin/accounts.xhtml?q=" + enc(name));
        int row = WebClient.rowWithLabel(list, "choice", "Role of " + name);
        return admin.submit(list, "accounts", Map.of(), "rows:" + row + ":" + button);
    }

    private static void createCohort(WebClient admin, String name) {
        assertText(admin.submit(admin.get("/admin/cohorts.xhtml"), "create", Map.of("name", name, "due", ""), "submit"),
                "Cohort " + name + " created.");
    }

    /** Row counts of the tables a refused or previewed upload must leave alone. */
    private static Map<String, Long> counts(WebClient client) {
        Map<String, Long> counts = new HashMap<>();
        for (String line : client.getRaw("/test-support/counts").body().split("\n")) {
            String[] parts = line.split("=");
            if (List.of("account", "account_token", "cohort_member", "outbox_message").contains(parts[0])) {
                counts.put(parts[0], Long.valueOf(parts[1].strip()));
            }
        }
        return counts;
    }

    /** Sends what waits in the outbox now, rather than at the next ten-second timer. */
    private static void sendMailNow(WebClient client) {
        try {
            assertEquals(200, client.post("/test-support/jobs", "job=outbox", Map.of()).statusCode());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> seed(WebClient client) throws Exception {
        var answer = client.post("/test-support/seed", "extra=60", Map.of());
        assertEquals(200, answer.statusCode(), answer.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))) {
            var json = reader.readObject();
            return Map.of("email", json.getString("email"), "password", json.getString("password"));
        }
    }

    private static String messages(Page page) {
        Matcher messages = Pattern.compile("(?s)<ul id=\"messages\"[^>]*>(.*?)</ul>").matcher(page.body());
        return messages.find() ? messages.group(1).replaceAll("\\s+", " ") : "";
    }

    private static void assertText(Page page, String expected) {
        assertTrue(page.text().contains(expected), () -> "expected '" + expected + "' on " + page.path() + ": " + page.text());
    }
}
