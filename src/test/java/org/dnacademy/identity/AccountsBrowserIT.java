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
 * promotes them. Every page reached is scanned with axe-core (WCAG 2.1 A and AA).
 */
class AccountsBrowserIT extends BrowserTestBase {

    @Test
    void aTraineeRegistersSignsInWithTheKeyboardAndSignsOut() {
        String email = UUID.randomUUID().toString().substring(0, 10) + "@browser.example";
        String password = "correct horse battery staple";

        browser.open(url("/"));
        browser.assertAccessible();
        browser.click(By.linkText("Create a trainee account"));
        assertEquals("/register.xhtml", browser.path());
        browser.assertAccessible();

        // A refused password shows a message beside the form and keeps the person on the page.
        register("Grace Browser", email, "qwertyuiop", "qwertyuiop");
        assertTrue(browser.text().contains("one of the most commonly used"), browser.text());
        browser.assertAccessible();

        register("Grace Browser", email, password, password);
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
        assertTrue(browser.text().contains("Welcome, Grace Browser"), browser.text());
        browser.assertAccessible();

        browser.click(By.linkText("Password"));
        assertEquals("/account/password.xhtml", browser.path());
        browser.assertAccessible();

        browser.click(By.id("signout:submit"));
        assertTrue(browser.text().contains("You have signed out."));
        browser.open(url("/account/password.xhtml"));
        assertEquals("/login.xhtml", browser.path(), "signed out: protected pages ask to sign in");
    }

    @Test
    void anAdministratorPromotesATraineeToSupervisor() {
        String email = UUID.randomUUID().toString().substring(0, 10) + "@browser.example";
        String name = "Hal " + email.substring(0, 6);
        register(name, email, "another long passphrase", "another long passphrase");
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.click(By.linkText("Accounts"));
        assertEquals("/admin/accounts.xhtml", browser.path());
        browser.assertAccessible();

        WebElement label = browser.find(By.xpath("//label[text()='Role of " + name + "']"));
        String selectId = label.getAttribute("for");
        new Select(browser.find(By.id(selectId))).selectByVisibleText("Supervisor");
        browser.click(By.id(selectId.replace(":choice", ":save")));
        assertTrue(browser.text().contains(name + " is now Supervisor."), browser.text());
        browser.assertAccessible();

        browser.open(url("/no-such-page.xhtml"));
        assertTrue(browser.text().contains("Page not found"));
        browser.assertAccessible();
        browser.click(By.id("signout:submit"));
    }
}
