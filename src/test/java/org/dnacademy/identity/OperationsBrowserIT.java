package org.dnacademy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.dnacademy.testing.BrowserTestBase;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.Mail;
import org.dnacademy.testing.TestMailServer;
import org.dnacademy.testing.TestMailbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The operations pages in real Chromium, each scanned with axe-core (WCAG 2.1 A and AA) in the
 * states people see them in, and used with the keyboard where it matters: adding people from a CSV
 * file (preview with problems, confirmation), the searchable accounts list with disabling, the audit
 * trail, a forgotten password reset from the e-mail, changing one's address, signing out everywhere,
 * the sign-in page after a timed-out session, and the notices page with its preferences.
 */
class OperationsBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "a long and unusual passphrase";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(40);

    @BeforeAll
    static void mailServer() {
        TestMailServer.start();
    }

    @Test
    void anAdministratorAddsPeopleFromAFileFindsThemDisablesOneAndReadsTheTrail() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String cohort = "Browser cohort " + tag;
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.click(By.linkText("Cohorts"));
        browser.find(By.id("create:name")).sendKeys(cohort);
        browser.click(By.id("create:submit"));

        browser.click(By.linkText("Accounts"));
        browser.click(By.linkText("Add people"));
        assertEquals("/admin/enrol.xhtml", browser.path());
        browser.assertAccessible();
        Path file = Files.createTempFile("enrol-", ".csv");
        Files.writeString(file, "name,email,role,cohort\n"
                + "Fay Filed " + tag + ",fay-" + tag + "@browser.example,trainee," + cohort + "\n"
                + "Gil Filed " + tag + ",gil-" + tag + "@browser.example,supervisor," + cohort + "\n"
                + "Hal Nowhere " + tag + ",hal-" + tag + "@browser.example,trainee,No Such Cohort\n", StandardCharsets.UTF_8);
        browser.find(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("upload:preview"));
        assertTrue(browser.text().contains("2 of 3 rows can be stored; 1 has problems"), browser.text());
        assertTrue(browser.text().contains("Line 4: No cohort is named No Such Cohort"), browser.text());
        browser.assertAccessible();
        browser.click(By.id("decide:confirm"));
        assertTrue(browser.text().contains("2 accounts were created from"), browser.text());
        browser.assertAccessible();
        Files.delete(file);

        // The accounts list, searched and used with the keyboard: Enter in the search field, then Disable.
        browser.open(url("/admin/accounts.xhtml"));
        WebElement search = browser.find(By.id("q"));
        search.sendKeys("Fay Filed " + tag);
        browser.whileLoading(() -> search.sendKeys(Keys.ENTER));
        assertTrue(browser.text().contains("1 account · page 1 of 1"), browser.text());
        browser.assertAccessible();
        WebElement disable = browser.find(By.cssSelector("input[aria-label='Disable the account of Fay Filed " + tag + "']"));
        browser.whileLoading(() -> disable.sendKeys(Keys.ENTER));
        assertTrue(browser.text().contains("Fay Filed " + tag + " is disabled"), browser.text());
        assertTrue(browser.text().contains("Disabled"));
        browser.assertAccessible();

        browser.click(By.linkText("Audit trail"));
        assertEquals("/admin/audit.xhtml", browser.path());
        browser.assertAccessible();
        browser.find(By.id("person")).sendKeys("Fay Filed " + tag);
        new Select(browser.find(By.id("action"))).selectByValue("ACCOUNT_DISABLED");
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        assertTrue(browser.text().contains("1 event"), browser.text());
        assertTrue(browser.text().contains(Deployments.ADMIN_EMAIL), "who disabled the account");
        browser.assertAccessible();
        browser.screenshot("audit-trail");
    }

    @Test
    void aTraineeResetsAForgottenPasswordChangesTheirAddressAndSignsOutEverywhere() {
        String email = UUID.randomUUID().toString().substring(0, 10) + "@browser.example";
        String name = "Ina Forgetful";
        register(name, email, PASSWORD, PASSWORD);

        browser.open(url("/login.xhtml"));
        browser.click(By.linkText("Forgot your password?"));
        assertEquals("/forgot-password.xhtml", browser.path());
        browser.assertAccessible();
        WebElement address = browser.find(By.id("forgot:email"));
        address.sendKeys(email, Keys.TAB);
        assertEquals("forgot:submit", browser.driver().switchTo().activeElement().getAttribute("id"), "Tab reaches the button");
        browser.whileLoading(() -> browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER));
        assertTrue(browser.text().contains("If an account has this address, we have sent it a link"), browser.text());
        browser.assertAccessible();

        TestMailbox.Received mail = TestMailbox.await(email, "Reset your DN Academy password", MAIL_WAIT);
        browser.open(url(Mail.link(mail.text())));
        assertEquals("/reset-password.xhtml", browser.path());
        assertTrue(browser.text().contains("Hello " + name), browser.text());
        browser.assertAccessible();
        String newPassword = "a fresh passphrase from the browser";
        browser.find(By.id("reset:password")).sendKeys(newPassword);
        browser.find(By.id("reset:confirmation")).sendKeys(newPassword);
        browser.click(By.id("reset:submit"));
        assertTrue(browser.text().contains("Your new password is set"), browser.text());
        browser.assertAccessible();

        signIn(email, newPassword);
        browser.click(By.linkText("Password"));
        assertTrue(browser.text().contains("Sign out everywhere"), browser.text());
        browser.assertAccessible();
        browser.click(By.linkText("Change your e-mail address"));
        assertEquals("/account/email.xhtml", browser.path());
        browser.assertAccessible();
        String newEmail = "moved-" + email;
        browser.find(By.id("email:address")).sendKeys(newEmail);
        browser.find(By.id("email:password")).sendKeys(newPassword);
        browser.click(By.id("email:submit"));
        assertTrue(browser.text().contains("We have sent a link to " + newEmail), browser.text());
        browser.assertAccessible();

        browser.open(url("/account/password.xhtml"));
        browser.click(By.id("everywhere:submit"));
        assertTrue(browser.text().contains("You have signed out everywhere"), browser.text());
        browser.assertAccessible();

        TestMailbox.Received confirmation = TestMailbox.await(newEmail, "Confirm your new e-mail address", MAIL_WAIT);
        browser.open(url(Mail.link(confirmation.text())));
        assertEquals("/confirm-email-change.xhtml", browser.path());
        browser.assertAccessible();
        browser.click(By.id("confirm:submit"));
        assertTrue(browser.text().contains("Your e-mail address is now " + newEmail), browser.text());
        signIn(newEmail, newPassword);
        assertTrue(browser.text().contains("Welcome, " + name), browser.text());

        for (String reason : new String[] {"idle", "expired", "elsewhere"}) {
            browser.driver().manage().deleteAllCookies();
            browser.open(url("/login.xhtml?signedOut=" + reason));
            assertTrue(browser.text().contains("Sign in again") || browser.text().contains("You were signed out"), browser.text());
            browser.assertAccessible();
        }
    }

    @Test
    void aTraineeReadsANoticeMarksItReadWithTheKeyboardAndTurnsOptionalNoticesOff() {
        String email = UUID.randomUUID().toString().substring(0, 10) + "@browser.example";
        String name = "Nia Noticed";
        register(name, email, PASSWORD, PASSWORD);
        signIn(email, PASSWORD);
        browser.click(By.linkText("Practical skills"));
        new Select(browser.find(By.id("log:skill"))).selectByIndex(1);
        browser.find(By.id("log:date")).sendKeys(java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        browser.find(By.id("log:region")).sendKeys("left gluteus medius");
        browser.click(By.id("log:submit"));
        browser.click(By.id("signout:submit"));

        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open(url("/records/practical.xhtml"));
        browser.click(By.xpath("//a[contains(@href, 'assess.xhtml') and contains(., \"" + name + "'s session\")]"));
        browser.find(By.id("return:why")).sendKeys("Logged under the wrong skill");
        browser.click(By.id("return:submit"));
        browser.click(By.id("signout:submit"));

        signIn(email, PASSWORD);
        WebElement link = browser.find(By.id("notices-link"));
        assertTrue(link.getText().contains("1"), "the header counts the unread notice: " + link.getText());
        assertTrue(browser.find(By.id("unread-notices-heading")).getText().contains("1 unread"), "the dashboard shows it");
        assertTrue(browser.find(By.cssSelector(".unread-notices")).getText().contains("Practical session returned"),
                browser.find(By.cssSelector(".unread-notices")).getText());
        browser.click(By.id("notices-link"));
        assertEquals("/notices.xhtml", browser.path());
        assertTrue(browser.text().contains("Practical session returned"), browser.text());
        assertTrue(browser.text().contains("Returned without assessment"), browser.text());
        browser.assertAccessible();
        WebElement markRead = browser.find(By.cssSelector("input[aria-label^='Mark as read: Practical session returned']"));
        browser.whileLoading(() -> markRead.sendKeys(Keys.ENTER));
        assertTrue(browser.find(By.id("notices-link")).getText().strip().equals("Notices"), "nothing unread any more");
        browser.assertAccessible();

        WebElement returned = browser.find(By.xpath("//label[text()='A supervisor assessed a practical session not yet competent, or returned it']"));
        WebElement box = browser.find(By.id(returned.getAttribute("for")));
        assertTrue(box.isSelected(), "optional notices start on");
        box.sendKeys(Keys.SPACE);
        browser.click(By.id("preferences:save"));
        assertTrue(browser.text().contains("Saved. Reminders about your certificates are always sent."), browser.text());
        assertTrue(!browser.find(By.id(browser.find(By.xpath("//label[text()='A supervisor assessed a practical session not yet competent, or returned it']"))
                .getAttribute("for"))).isSelected(), "kept off");
        browser.assertAccessible();
        browser.screenshot("notices");
    }
}
