package org.dnacademy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.dnacademy.testing.BrowserTestBase;
import org.dnacademy.testing.Deployments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person in real Chromium: registers, signs in with the keyboard, signs out; an administrator
 * promotes them, and backs up the database. Every page reached is scanned with axe-core (WCAG 2.1 A and AA).
 */
class AccountsBrowserIT extends BrowserTestBase {

    @Test
    void aTraineeRegistersSignsInWithTheKeyboardAndSignsOut() {
        String email = UUID.randomUUID().toString().substring(0, 10) + "@browser.example";
        // Accents and other scripts in the name and the password: kept exactly, through sign-out and back.
        String password = "pässwörd für Zoë: 日本語 ok";
        String name = "Zoë Ñúñez-Łukasz";

        browser.open(url("/"));
        browser.assertAccessible();
        browser.click(By.linkText("Create a trainee account"));
        assertEquals("/register.xhtml", browser.path());
        browser.assertAccessible();

        // A refused password shows a message beside the form and keeps the person on the page.
        register(name, email, "qwertyuiop", "qwertyuiop");
        assertTrue(browser.text().contains("one of the most commonly used"), browser.text());
        browser.assertAccessible();

        register(name, email, password, password);
        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text().contains("Your account has been created"));
        browser.assertAccessible();

        // Keyboard only: the skip link comes first, then the form is reachable and submits with Enter.
        browser.open(url("/login.xhtml"));
        WebElement body = browser.find(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertEquals("Skip to content", browser.driver().switchTo().activeElement().getText());
        browser.find(By.id("login:email")).sendKeys(email, Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("login:password", focused.getAttribute("id"), "Tab moves from e-mail to password");
        focused.sendKeys(password);
        browser.whileLoading(() -> focused.sendKeys(Keys.ENTER));
        assertTrue(browser.text().contains("Welcome, " + name), browser.text());
        browser.assertAccessible();
        browser.click(By.id("signout:submit"));
        signIn(email, password);
        assertTrue(browser.text().contains("Welcome, " + name), "signed in again with the same non-ASCII password: " + browser.text());

        // The e-mail confirmation page, reached from the link in the mail.
        browser.open(url(org.dnacademy.testing.Mail.link(lastMail(email))));
        browser.assertAccessible();
        browser.click(By.id("confirm:submit"));
        assertTrue(browser.text().contains("your e-mail address is confirmed"), browser.text());

        browser.click(By.linkText("Password"));
        assertEquals("/account/password.xhtml", browser.path());
        browser.assertAccessible();

        browser.click(By.id("signout:submit"));
        assertTrue(browser.text().contains("You have signed out."));
        browser.open(url("/account/password.xhtml"));
        assertEquals("/login.xhtml", browser.path(), "signed out: protected pages ask to sign in");
    }

    @Test
    void anAdministratorBacksUpTheDatabaseWithTheKeyboard() {
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.click(By.linkText("Backups"));
        assertEquals("/admin/backups.xhtml", browser.path());
        browser.assertAccessible();
        WebElement now = browser.find(By.id("backup:now"));
        browser.whileLoading(() -> now.sendKeys(Keys.ENTER));
        assertTrue(browser.text().matches("(?s).*Backup dnacademy-\\d{8}-\\d{6}(\\.dump)? made \\(.*"), browser.text());
        assertTrue(browser.find(By.id("kept")).getText().contains("dnacademy-"), "the backup is listed among those kept");
        browser.assertAccessible();
    }

    @Test
    void anAdministratorBuildsACohortWhoseSupervisorReviewsTheRecords() {
        String email = UUID.randomUUID().toString().substring(0, 10) + "@browser.example";
        String name = "Hal " + email.substring(0, 6);
        register(name, email, "another long passphrase", "another long passphrase");
        // A trainee with one (empty) attempt, so there is a record to review.
        String ivyEmail = "ivy-" + email;
        String ivy = "Ivy " + email.substring(0, 6);
        register(ivy, ivyEmail, "a trainee's passphrase", "a trainee's passphrase");
        signIn(ivyEmail, "a trainee's passphrase");
        confirmEmail(ivyEmail);
        browser.open(url("/training/module.xhtml?module=foundations"));
        browser.click(By.linkText("Start the first lesson"));
        for (int lesson = 1; lesson <= 5; lesson++) {
            browser.click(By.id("progress:read"));
        }
        browser.open(url("/quiz/start.xhtml?module=foundations"));
        browser.click(By.id("start:go"));
        browser.click(By.id("quiz:finish"));
        browser.click(By.id("submit:confirm"));
        browser.click(By.linkText("Practical skills"));
        browser.assertAccessible();
        new Select(browser.find(By.id("log:skill"))).selectByValue("clean-technique-and-sharps");
        browser.find(By.id("log:date")).sendKeys(java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        browser.find(By.id("log:region")).sendKeys("right upper trapezius");
        browser.click(By.id("log:submit"));
        assertTrue(browser.text().contains("Session logged."), browser.text());
        assertTrue(browser.text().contains("Waiting for assessment"), browser.text());
        browser.assertAccessible();
        browser.click(By.id("signout:submit"));
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.click(By.linkText("Accounts"));
        assertEquals("/admin/accounts.xhtml", browser.path());
        browser.assertAccessible();

        browser.find(By.id("q")).sendKeys(name);
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        WebElement label = browser.find(By.xpath("//label[text()='Role of " + name + "']"));
        String selectId = label.getAttribute("for");
        new Select(browser.find(By.id(selectId))).selectByVisibleText("Supervisor");
        browser.click(By.id(selectId.replace(":choice", ":save")));
        assertTrue(browser.text().contains(name + " is now Supervisor."), browser.text());
        browser.assertAccessible();

        // Who may register, and an invitation that arrives by e-mail and is accepted.
        browser.click(By.linkText("Who may register"));
        assertEquals("/admin/registration.xhtml", browser.path());
        browser.assertAccessible();
        browser.open(url("/admin/accounts.xhtml"));
        browser.click(By.linkText("Add people"));
        String invitedEmail = "invited-" + email;
        browser.find(By.id("one:name")).sendKeys("Ines Invited");
        browser.find(By.id("one:email")).sendKeys(invitedEmail);
        browser.click(By.id("one:send"));
        assertTrue(browser.text().contains("Invitation sent to " + invitedEmail), browser.text());
        browser.click(By.id("signout:submit"));
        browser.open(url(org.dnacademy.testing.Mail.link(lastMail(invitedEmail))));
        assertTrue(browser.text().contains("Hello Ines Invited"), browser.text());
        browser.assertAccessible();
        browser.find(By.id("welcome:password")).sendKeys("an invited person's passphrase");
        browser.find(By.id("welcome:confirmation")).sendKeys("an invited person's passphrase");
        browser.click(By.id("welcome:submit"));
        assertTrue(browser.text().contains("Your password is set"), browser.text());
        signIn(invitedEmail, "an invited person's passphrase");
        assertTrue(browser.text().contains("Welcome, Ines Invited"), browser.text());
        browser.click(By.id("signout:submit"));
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);

        browser.open(url("/no-such-page.xhtml"));
        assertTrue(browser.text().contains("Page not found"));
        browser.assertAccessible();

        String cohort = "Cohort " + email.substring(0, 6);
        browser.click(By.linkText("Cohorts"));
        browser.assertAccessible();
        browser.find(By.id("create:name")).sendKeys(cohort);
        browser.click(By.id("create:submit"));
        assertTrue(browser.text().contains("Cohort " + cohort + " created."));
        for (String[] member : new String[][] {{ivyEmail, "Trainee"}, {email, "Supervisor"}}) {
            browser.find(By.id("members:email")).sendKeys(member[0]);
            new Select(browser.find(By.id("members:role"))).selectByVisibleText(member[1]);
            browser.click(By.id("members:add"));
            assertTrue(browser.text().contains(member[0] + " added."), browser.text());
        }
        browser.assertAccessible();
        // The cohort works towards the Florida profile: its supervisors must be qualified to sign.
        new Select(browser.find(By.id("requirements:profile"))).selectByValue("florida-pt");
        browser.click(By.id("requirements:save"));
        assertTrue(browser.text().contains("Requirements of " + cohort + " saved."), browser.text());
        browser.assertAccessible();
        browser.click(By.id("signout:submit"));

        // The new supervisor filters the dashboard, opens the trainee's record and an attempt.
        signIn(email, "another long passphrase");
        browser.click(By.linkText("Records"));
        assertEquals("/records/index.xhtml", browser.path());
        browser.assertAccessible();
        browser.find(By.id("q")).sendKeys(ivy);
        new Select(browser.find(By.id("module"))).selectByValue("foundations");
        new Select(browser.find(By.id("status"))).selectByValue("READY_FOR_QUIZ");
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        assertTrue(browser.text().contains("1 trainee"), browser.text());
        assertTrue(browser.find(By.partialLinkText("Export these as CSV")).getAttribute("href").contains("status=READY_FOR_QUIZ"));
        browser.assertAccessible();
        browser.screenshot("records");
        browser.click(By.linkText(ivy));
        assertEquals("/records/trainee.xhtml", browser.path());
        assertTrue(browser.text().contains("0% (not passed)"), browser.text());
        browser.assertAccessible();
        browser.click(By.partialLinkText("Questions"));
        assertEquals("/records/attempt.xhtml", browser.path());
        assertTrue(browser.text().contains("Not answered"));
        browser.assertAccessible();

        browser.open(url("/records/overview.xhtml"));
        assertTrue(browser.text().contains("Modules passed"), browser.text());
        browser.assertAccessible();
        browser.open(url("/records/questions.xhtml?module=foundations"));
        assertTrue(browser.text().contains("(provisional)"), "Ivy's attempt shows in the statistics");
        browser.assertAccessible();

        // The supervisor declares their standing, then assesses Ivy's session against the checklist and signs.
        browser.click(By.linkText("Profile"));
        assertEquals("/account/professional.xhtml", browser.path());
        browser.assertAccessible();
        java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        browser.find(By.id("professional:profession")).sendKeys("Physical therapist");
        browser.find(By.id("professional:jurisdiction")).sendKeys("Florida");
        browser.find(By.id("professional:licensed")).sendKeys(today.minusYears(12).format(typed));
        browser.find(By.id("professional:needling-since")).sendKeys(today.minusYears(4).format(typed));
        browser.find(By.id("professional:sessions")).sendKeys("600");
        browser.click(By.id("professional:submit"));
        assertTrue(browser.text().contains("Your professional details are saved."), browser.text());
        browser.assertAccessible();

        browser.click(By.linkText("Sign-off"));
        browser.assertAccessible();
        browser.click(By.partialLinkText("Assess"));
        assertEquals("/records/assess.xhtml", browser.path());
        assertTrue(browser.text().contains("For \"Florida: dry needling by physical therapists\""), "the profile's attestation is signed too");
        browser.assertAccessible();
        for (WebElement done : browser.driver().findElements(By.cssSelector("#assess input[type=radio][value=DONE]"))) {
            done.click();
        }
        new Select(browser.find(By.id("assess:rating"))).selectByValue("MEETS_EXPECTATIONS");
        browser.find(By.id("assess:password")).sendKeys("another long passphrase");
        browser.click(By.id("assess:sign"));
        assertTrue(browser.text().contains("Assessment signed: competent"), browser.text());
        assertTrue(browser.text().contains("Signer's declared standing: Physical therapist"), browser.text());
        browser.assertAccessible();
        browser.open(url("/records/adverse-events.xhtml"));
        browser.assertAccessible();
        browser.open(url("/records/index.xhtml?q=" + ivy.replace(" ", "+")));
        browser.click(By.linkText(ivy));
        assertTrue(browser.text().contains("Requirements: Florida: dry needling by physical therapists"), browser.text());
        assertTrue(browser.text().contains("Competent"), "the assessment is on the trainee's record");
        browser.assertAccessible();
        // An accommodation with its reason, granted from the same record.
        new Select(browser.find(By.id("accommodation:module"))).selectByValue("foundations");
        new Select(browser.find(By.id("accommodation:kind"))).selectByValue("EXTRA_TIME");
        browser.find(By.id("accommodation:minutes")).sendKeys("15");
        browser.find(By.id("accommodation:reason")).sendKeys("Dyslexia assessment on file");
        browser.click(By.id("accommodation:grant"));
        assertTrue(browser.text().contains("granted; it is in the record and the audit log."), browser.text());
        assertTrue(browser.text().contains("Dyslexia assessment on file"), browser.text());
        browser.assertAccessible();
        browser.click(By.id("signout:submit"));

        // Ivy sees the outcome, her standing against the profile, and the session's page.
        signIn(ivyEmail, "a trainee's passphrase");
        assertTrue(browser.text().contains("Requirements: Florida: dry needling by physical therapists"), browser.text());
        browser.assertAccessible();
        browser.click(By.linkText("Practical skills"));
        assertTrue(browser.text().contains("Competent"), browser.text());
        browser.click(By.partialLinkText("Assessment and adverse events"));
        assertEquals("/training/session.xhtml", browser.path());
        assertTrue(browser.text().contains("Competent"), browser.text());
        browser.assertAccessible();
        browser.click(By.id("signout:submit"));
        assertTrue(browser.text().contains("You have signed out."), "signing out from a trainee's record: " + browser.text());
    }
}
