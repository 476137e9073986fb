package org.dnacademy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;

import org.dnacademy.testing.Browser;
import org.dnacademy.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person in real Chromium: registers, signs in with the keyboard, signs out; an administrator
 * promotes them. Every page reached is scanned with axe-core (WCAG 2.1 A and AA).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

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
        fillRegistration("Grace Browser", email, "qwertyuiop", "qwertyuiop");
        assertTrue(browser.text().contains("one of the most commonly used"), browser.text());
        browser.assertAccessible();

        fillRegistration("Grace Browser", email, password, password);
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
        browser.open(url("/register.xhtml"));
        fillRegistration(name, email, "another long passphrase", "another long passphrase");

        browser.open(url("/login.xhtml"));
        browser.find(By.id("login:email")).sendKeys(Deployments.ADMIN_EMAIL);
        browser.find(By.id("login:password")).sendKeys(Deployments.ADMIN_PASSWORD);
        browser.click(By.id("login:submit"));
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

    private void fillRegistration(String name, String email, String password, String confirmation) {
        for (String field : new String[] {"register:name", "register:email", "register:password", "register:confirmation"}) {
            browser.find(By.id(field)).clear();
        }
        browser.find(By.id("register:name")).sendKeys(name);
        browser.find(By.id("register:email")).sendKeys(email);
        browser.find(By.id("register:password")).sendKeys(password);
        browser.find(By.id("register:confirmation")).sendKeys(confirmation);
        browser.click(By.id("register:submit"));
    }

    private String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }
}
