package org.dnacademy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.FirstAdmin;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.Settings;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts on the deployed application: registration, sign-in, roles and URL-folder protection,
 * over HTTP as a browser would send it, plus the first-administrator rule inside the container.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String GOOD_PASSWORD = "a long and unusual passphrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    org.dnacademy.identity.control.SignInThrottle signInThrottle;

    @Test
    @RunAsClient
    void aNewTraineeRegistersAndSignsInOnlyWithTheRightPassword() {
        var browser = new WebClient(uri());
        String email = uniqueEmail();

        Page afterRegistration = register(browser, "Ada Trainee", email, GOOD_PASSWORD, GOOD_PASSWORD);
        assertEquals("/login.xhtml", afterRegistration.path());
        assertTrue(afterRegistration.text().contains("Your account has been created"), afterRegistration.text());

        Page wrong = signIn(browser, email, "not the password at all");
        assertTrue(wrong.text().contains("The e-mail address or password is wrong."), wrong.text());
        assertFalse(wrong.text().contains("Welcome"));

        Optional<String> sessionBefore = browser.cookie("JSESSIONID");
        Page home = signIn(browser, email.toUpperCase(), GOOD_PASSWORD);
        assertTrue(home.text().contains("Welcome, Ada Trainee"), home.text());
        assertNotEquals(sessionBefore, browser.cookie("JSESSIONID"), "a new session id at sign-in");

        Page signedOut = browser.submit(home, "signout", Map.of(), "submit");
        assertTrue(signedOut.text().contains("You have signed out."), signedOut.text());
        assertEquals(302, browser.getRaw("/account/password.xhtml").status(), "signed out means signed out");
    }

    @Test
    @RunAsClient
    void registrationRefusesBadInputWithAClearMessageAndCreatesNothing() {
        var browser = new WebClient(uri());
        String email = uniqueEmail();

        assertMessage(register(browser, "Bo", email, "baseball", "baseball"), "one of the most commonly used");
        assertMessage(register(browser, "Bo", email, "short1", "short1"), "at least 8 characters");
        assertMessage(register(browser, "Bo", email, GOOD_PASSWORD, GOOD_PASSWORD + "x"), "do not match");
        assertMessage(register(browser, "Bo", "not-an-email", GOOD_PASSWORD, GOOD_PASSWORD), "valid e-mail address");
        assertMessage(register(browser, "Bo\u202Eemag", email, GOOD_PASSWORD, GOOD_PASSWORD), "Your name contains a character that cannot be shown");
        // NUL is refused before any page sees it (RequestGuardFilter: PostgreSQL stores no text with it).
        assertMessage(register(browser, "Bo\u0000Null", email, GOOD_PASSWORD, GOOD_PASSWORD), "holds a NUL character");
        assertMessage(register(browser, "Bo\r\nInjected: header", email, GOOD_PASSWORD, GOOD_PASSWORD), "cannot be shown");
        assertMessage(signIn(browser, email, GOOD_PASSWORD), "The e-mail address or password is wrong.");

        register(browser, "Bo Original", email, GOOD_PASSWORD, GOOD_PASSWORD);
        assertMessage(register(browser, "Bo Copy", email, "another good passphrase", "another good passphrase"),
                "already exists");
        assertTrue(signIn(browser, email, GOOD_PASSWORD).text().contains("Welcome, Bo Original"),
                "the first account is untouched by the refused duplicate");
    }

    @Test
    @RunAsClient
    void signedOutVisitorsAreSentToSignInAndTraineesGet404OnAdminPages() {
        var anonymous = new WebClient(uri());
        Page redirect = anonymous.getRaw("/admin/accounts.xhtml");
        assertEquals(302, redirect.status());
        assertTrue(redirect.location().contains("/login.xhtml"), redirect.location());

        var trainee = new WebClient(uri());
        String email = uniqueEmail();
        register(trainee, "Cy Trainee", email, GOOD_PASSWORD, GOOD_PASSWORD);
        signIn(trainee, email, GOOD_PASSWORD);
        Page admin = trainee.getRaw("/admin/accounts.xhtml");
        assertEquals(404, admin.status());
        assertFalse(admin.body().contains("accounts"), "the 404 page must not show the admin page");
        assertEquals(404, trainee.getRaw("/records/index.xhtml").status());
        assertEquals(200, trainee.getRaw("/account/password.xhtml").status());
    }

    @Test
    @RunAsClient
    void anAdministratorPromotesATraineeToSupervisorButCannotRemoveTheLastAdministrator() {
        var trainee = new WebClient(uri());
        String email = uniqueEmail();
        String name = "Di " + email.substring(0, 8);
        register(trainee, name, email, GOOD_PASSWORD, GOOD_PASSWORD);

        var admin = new WebClient(uri());
        Page adminHome = signIn(admin, Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        assertTrue(adminHome.text().contains("Manage accounts and roles"), adminHome.text());
        // The list is searched (it is paged): the name holds the first 8 characters of the address.
        Page list = admin.get("/admin/accounts.xhtml?q=" + email.substring(0, 8));
        // Someone registers while the administrator has the page open; their row sorts first
        // and shifts every other row down. The click must still act on the account it was next to.
        String newcomer = "Aaa Newcomer " + email.substring(0, 8);
        register(new WebClient(uri()), newcomer, uniqueEmail(), GOOD_PASSWORD, GOOD_PASSWORD);
        Page promoted = changeRole(admin, list, name, "SUPERVISOR");
        assertTrue(promoted.text().contains(name + " is now Supervisor."), promoted.text());
        int newcomerRow = WebClient.rowWithLabel(promoted, "choice", "Role of " + newcomer);
        assertTrue(promoted.body().matches("(?s).*id=\"accounts:rows:" + newcomerRow + ":choice\"[^>]*>\\s*<option value=\"TRAINEE\" selected.*"),
                "the newcomer is still a trainee");

        Page demoteSelf = changeRole(admin, admin.get("/admin/accounts.xhtml?q=" + Deployments.ADMIN_EMAIL), "Administrator", "TRAINEE");
        assertTrue(demoteSelf.text().contains("at least one administrator"), demoteSelf.text());
        assertEquals(200, admin.getRaw("/admin/accounts.xhtml").status(), "still an administrator");

        var promotedUser = new WebClient(uri());
        signIn(promotedUser, email, GOOD_PASSWORD);
        assertEquals(404, promotedUser.getRaw("/admin/accounts.xhtml").status(), "a supervisor is not an admin");
    }

    @Test
    @RunAsClient
    void simultaneousWrongPasswordsAreJudgedOneByOneAgainstTheLimit() throws Exception {
        String email = uniqueEmail();
        register(new WebClient(uri()), "Ed Target", email, GOOD_PASSWORD, GOOD_PASSWORD);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int guess = i;
                var client = new WebClient(uri());
                Page form = client.get("/login.xhtml");
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.submit(form, "login", Map.of("email", email, "password", "wrong guess " + guess), "submit").text();
                }));
            }
            start.countDown();
            int judged = 0;
            int delayed = 0;
            for (var answer : answers) {
                String text = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                judged += text.contains("password is wrong") ? 1 : 0;
                delayed += text.contains("Too many failed sign-in attempts") ? 1 : 0;
            }
            assertTrue(judged >= 1 && judged <= 5, "at most the 5 free attempts were checked, not all 30: " + judged);
            assertEquals(30 - judged, delayed, "every other guess was told to wait");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs inside the server, where addresses can be named: the delays are per account and address. */
    @Test
    void aStrangersWrongPasswordsDelayOnlyTheirAddressAndAnAdministratorCanLiftThem() {
        String email = uniqueEmail();
        for (int i = 0; i < 5; i++) {
            assertTrue(signInThrottle.signIn(email, "198.51.100.66").allowed(), "the first five are free");
        }
        assertFalse(signInThrottle.signIn(email, "198.51.100.66").allowed(), "then the guesser waits");
        assertTrue(signInThrottle.signIn(email, "203.0.113.5").allowed(), "the owner, elsewhere, is not locked out");
        assertTrue(signInThrottle.isDelayed(email));
        assertTrue(signInThrottle.lift(email) > 0);
        assertTrue(signInThrottle.signIn(email, "198.51.100.66").allowed(), "an administrator lifted the delay");
    }

    @Test
    @RunAsClient
    void publicPagesCreateNoSessionAndSigningInGetsAHardenedOne() {
        var visitor = new WebClient(uri());
        for (String page : List.of("/", "/index.xhtml", "/login.xhtml", "/register.xhtml", "/verify.xhtml", "/verify/DNA-NOPE",
                "/confirm-email.xhtml?token=x", "/welcome.xhtml?token=x", "/no-such-page.xhtml")) {
            Page answer = visitor.getRaw(page);
            assertTrue(answer.status() < 500, page);
            assertEquals(null, answer.header("Set-Cookie"), page + " must not start a session");
        }
        Page home = visitor.getRaw("/login.xhtml");
        assertTrue(home.header("Content-Security-Policy").contains("script-src 'self'"));
        assertEquals("nosniff", home.header("X-Content-Type-Options"));
        assertEquals("same-origin", home.header("Referrer-Policy"));
        assertEquals(null, home.header("Server"), "no server banner");
        assertEquals(404, visitor.getRaw("/WEB-INF/template.xhtml").status());

        String email = uniqueEmail();
        register(new WebClient(uri()), "Sam Session", email, GOOD_PASSWORD, GOOD_PASSWORD);
        var client = new WebClient(uri());
        Page signedIn = client.submitRaw(client.get("/login.xhtml"), "login", Map.of("email", email, "password", GOOD_PASSWORD), "submit");
        String cookie = signedIn.header("Set-Cookie");
        assertTrue(cookie != null && cookie.startsWith("JSESSIONID="), "signing in starts the session: " + signedIn.headers());
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        String id = client.cookie("JSESSIONID").orElseThrow();
        Page inTheAddress = new WebClient(uri()).getRaw("/account/password.xhtml;jsessionid=" + id);
        assertEquals(400, inTheAddress.status(), "a session id in the address is refused");
    }

    @Test
    @RunAsClient
    void changingThePasswordEndsTheAccountsOtherSessionsAndKeepsThisOneWithANewId() {
        String email = uniqueEmail();
        register(new WebClient(uri()), "Pat Twice", email, GOOD_PASSWORD, GOOD_PASSWORD);
        var laptop = new WebClient(uri());
        var phone = new WebClient(uri());
        signIn(laptop, email, GOOD_PASSWORD);
        signIn(phone, email, GOOD_PASSWORD);
        assertEquals(200, phone.getRaw("/account/password.xhtml").status());
        String before = laptop.cookie("JSESSIONID").orElseThrow();

        Page form = laptop.get("/account/password.xhtml");
        Page changed = laptop.submit(form, "password",
                Map.of("current", GOOD_PASSWORD, "new", "a new long passphrase", "confirmation", "a new long passphrase"), "submit");
        assertMessage(changed, "Your password has been changed");
        assertNotEquals(before, laptop.cookie("JSESSIONID").orElseThrow(), "a new session id after the change");
        assertEquals(200, laptop.getRaw("/account/password.xhtml").status(), "this session stays signed in");
        Page elsewhere = phone.getRaw("/account/password.xhtml");
        assertEquals(302, elsewhere.status(), "the other session was signed out");
        assertTrue(elsewhere.location().contains("/login.xhtml"), elsewhere.location());
    }

    @Test
    @RunAsClient
    void guessingTheCurrentPasswordInAnOpenSessionIsThrottled() {
        String email = uniqueEmail();
        register(new WebClient(uri()), "Left Open", email, GOOD_PASSWORD, GOOD_PASSWORD);
        var client = new WebClient(uri());
        signIn(client, email, GOOD_PASSWORD);
        Map<String, String> change = Map.of("new", "a new long passphrase", "confirmation", "a new long passphrase");
        for (int i = 0; i < 3; i++) {
            var fields = new java.util.HashMap<>(change);
            fields.put("current", "not it " + i);
            assertMessage(client.submit(client.get("/account/password.xhtml"), "password", fields, "submit"),
                    "Your current password is not correct.");
        }
        var fields = new java.util.HashMap<>(change);
        fields.put("current", GOOD_PASSWORD);
        assertMessage(client.submit(client.get("/account/password.xhtml"), "password", fields, "submit"),
                "Too many wrong passwords");
        assertMessage(signIn(new WebClient(uri()), email, GOOD_PASSWORD), "Welcome", "the password did not change");
    }

    @Test
    @RunAsClient
    void namesAndPasswordsWithAccentsAndOtherScriptsAreKeptExactly() {
        String email = uniqueEmail();
        String name = "Zoë Ñúñez-Łukasz";
        String password = "pässwörd mit ümläuten 日本語";
        var client = new WebClient(uri());
        assertMessage(register(client, name, email, password, password), "Your account has been created");
        Page home = signIn(client, email, password);
        assertMessage(home, "Welcome, " + name);
        client.submit(home, "signout", Map.of(), "submit");
        assertMessage(signIn(new WebClient(uri()), email, password), "Welcome, " + name);
    }

    /** Runs inside the server: what is stored is the NFC form, however the name was typed. */
    @Test
    void namesAreStoredInOneNormalForm() {
        String email = uniqueEmail();
        accounts.register(email, "Zoe\u0308 Rene\u0301e", GOOD_PASSWORD);
        assertEquals("Zoë Renée", accounts.findByEmail(email).orElseThrow().getDisplayName());
        assertEquals(5 + 4, accounts.findByEmail(email).orElseThrow().getDisplayName().length(), "composed characters, not pairs");
    }

    /** Runs inside the server: the first administrator was created at start-up, and never again. */
    @Test
    void theFirstAdministratorIsCreatedOnceAndOnlyOnce() {
        assertEquals(1, audit.byAction(AuditAction.FIRST_ADMIN_CREATED).size());
        String configuredAdmin = Settings.current().adminEmail();
        assertTrue(accounts.findByEmail(configuredAdmin).isPresent());
        long admins = accounts.countWithRole(Role.ADMIN);

        boolean createdAgain = firstAdmin.createIfFirstStart("second-admin@test.example", Optional.of(GOOD_PASSWORD));

        assertFalse(createdAgain);
        assertTrue(accounts.findByEmail("second-admin@test.example").isEmpty());
        assertEquals(admins, accounts.countWithRole(Role.ADMIN));
        assertEquals(1, audit.byAction(AuditAction.FIRST_ADMIN_CREATED).size());
    }

    private URI uri() {
        return URI.create(base.toExternalForm());
    }

    private static String uniqueEmail() {
        return UUID.randomUUID().toString().substring(0, 12) + "@trainee.example";
    }

    private static Page register(WebClient browser, String name, String email, String password, String confirmation) {
        return browser.submit(browser.get("/register.xhtml"), "register",
                Map.of("name", name, "email", email, "password", password, "confirmation", confirmation), "submit");
    }

    private static Page signIn(WebClient browser, String email, String password) {
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
    }

    private static Page changeRole(WebClient admin, Page list, String name, String role) {
        int row = WebClient.rowWithLabel(list, "choice", "Role of " + name);
        return admin.submit(list, "accounts", Map.of("rows:" + row + ":choice", role), "rows:" + row + ":save");
    }

    private static void assertMessage(Page page, String expected) {
        assertTrue(page.text().contains(expected), () -> "expected '" + expected + "' in: " + page.text());
    }

    private static void assertMessage(Page page, String expected, String why) {
        assertTrue(page.text().contains(expected), () -> why + ": expected '" + expected + "' in: " + page.text());
    }
}
