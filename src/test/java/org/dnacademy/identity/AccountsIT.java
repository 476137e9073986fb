package org.dnacademy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
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

        String sessionBefore = browser.cookie("JSESSIONID").orElseThrow();
        Page home = signIn(browser, email.toUpperCase(), GOOD_PASSWORD);
        assertTrue(home.text().contains("Welcome, Ada Trainee"), home.text());
        assertNotEquals(sessionBefore, browser.cookie("JSESSIONID").orElseThrow(), "a new session id at sign-in");

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
        Page list = admin.get("/admin/accounts.xhtml");
        // Someone registers while the administrator has the page open; their row sorts first
        // and shifts every other row down. The click must still act on the account it was next to.
        String newcomer = "Aaa Newcomer " + email.substring(0, 6);
        register(new WebClient(uri()), newcomer, uniqueEmail(), GOOD_PASSWORD, GOOD_PASSWORD);
        Page promoted = changeRole(admin, list, name, "SUPERVISOR");
        assertTrue(promoted.text().contains(name + " is now Supervisor."), promoted.text());
        int newcomerRow = WebClient.rowWithLabel(promoted, "choice", "Role of " + newcomer);
        assertTrue(promoted.body().matches("(?s).*id=\"accounts:rows:" + newcomerRow + ":choice\"[^>]*>\\s*<option value=\"TRAINEE\" selected.*"),
                "the newcomer is still a trainee");

        Page demoteSelf = changeRole(admin, promoted, "Administrator", "TRAINEE");
        assertTrue(demoteSelf.text().contains("at least one administrator"), demoteSelf.text());
        assertEquals(200, admin.getRaw("/admin/accounts.xhtml").status(), "still an administrator");

        var promotedUser = new WebClient(uri());
        signIn(promotedUser, email, GOOD_PASSWORD);
        assertEquals(404, promotedUser.getRaw("/admin/accounts.xhtml").status(), "a supervisor is not an admin");
    }

    @Test
    @RunAsClient
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        var attacker = new WebClient(uri());
        String email = uniqueEmail();
        register(attacker, "Ed Target", email, GOOD_PASSWORD, GOOD_PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertMessage(signIn(attacker, email, "wrong guess " + i), "password is wrong");
        }
        Page locked = signIn(new WebClient(uri()), email, GOOD_PASSWORD);
        assertTrue(locked.text().contains("Too many failed sign-in attempts"), locked.text());
        assertFalse(locked.text().contains("Welcome"));
    }

    @Test
    @RunAsClient
    void everyResponseCarriesSecurityHeadersAndAHardenedSessionCookie() {
        Page home = new WebClient(uri()).getRaw("/login.xhtml");
        assertTrue(home.header("Content-Security-Policy").contains("script-src 'self'"));
        assertEquals("nosniff", home.header("X-Content-Type-Options"));
        assertEquals("same-origin", home.header("Referrer-Policy"));
        String cookie = home.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertEquals(404, new WebClient(uri()).getRaw("/WEB-INF/template.xhtml").status());
    }

    /** Runs inside the server: the first administrator was created at start-up, and never again. */
    @Test
    void theFirstAdministratorIsCreatedOnceAndOnlyOnce() {
        assertEquals(1, audit.byAction(AuditAction.FIRST_ADMIN_CREATED).size());
        String configuredAdmin = Settings.find(Settings.ADMIN_EMAIL).orElseThrow();
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
}
