package org.dnacademy.testing;

import java.net.URL;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.dnacademy.testing.clock.AdjustableClock;

/**
 * What every browser test shares: the application deployed on Payara Micro, one Chromium for the
 * class, and the steps a person takes to get an account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTestBase {

    protected static Browser browser;

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application().addPackage(AdjustableClock.class.getPackage());
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    /** Every test starts signed out, whatever the one before it did. */
    @BeforeEach
    void signedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    protected String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /** Moves the server's clock forward (see {@link AdjustableClock}): waiting without sleeping. */
    protected void advanceClock(Duration duration) {
        try {
            var response = new WebClient(java.net.URI.create(url("/"))).post("/test-support/clock?advance=" + duration, "", java.util.Map.of());
            if (response.statusCode() != 204) {
                throw new IllegalStateException("The server's clock did not move: " + response.statusCode());
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fills in and submits the registration form. */
    protected void register(String name, String email, String password, String confirmation) {
        if (!browser.path().equals("/register.xhtml")) {
            browser.open(url("/register.xhtml"));
        }
        for (String field : new String[] {"register:name", "register:email", "register:password", "register:confirmation"}) {
            browser.find(By.id(field)).clear();
        }
        browser.find(By.id("register:name")).sendKeys(name);
        browser.find(By.id("register:email")).sendKeys(email);
        browser.find(By.id("register:password")).sendKeys(password);
        browser.find(By.id("register:confirmation")).sendKeys(confirmation);
        browser.click(By.id("register:submit"));
    }

    /** The latest e-mail the application sent to this address, as the person would read it. */
    protected String lastMail(String email) {
        return Mail.lastTo(new WebClient(java.net.URI.create(url("/"))), email);
    }

    /** Opens the confirmation link from the registration e-mail and confirms, as the trainee would. */
    protected void confirmEmail(String email) {
        browser.open(url(Mail.link(lastMail(email))));
        browser.click(By.id("confirm:submit"));
    }

    protected void signIn(String email, String password) {
        browser.open(url("/login.xhtml"));
        browser.find(By.id("login:email")).sendKeys(email);
        browser.find(By.id("login:password")).sendKeys(password);
        browser.click(By.id("login:submit"));
    }
}
