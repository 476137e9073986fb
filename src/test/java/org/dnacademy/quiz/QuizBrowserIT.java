package org.dnacademy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.dnacademy.testing.BrowserTestBase;
import org.dnacademy.testing.CertificatePdfCheck;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.RealModules;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.content.OptionContent;
import org.dnacademy.training.content.QuestionContent;

/**
 * A trainee takes the foundations quiz in Chromium as a person would: reads the lessons, fails a
 * first attempt, waits out the cooldown (3 seconds in tests), passes, reviews the answers, downloads
 * the certificate and verifies it anonymously through its QR code.
 * The quiz pages never contain an answer key before submission; every page passes axe.
 */
class QuizBrowserIT extends BrowserTestBase {

    /** The foundations bank, by normalised stem, read from the same files the server loaded. */
    private static final Map<String, QuestionContent> BANK = CurriculumReader.read(Path.of("modules"))
            .module("foundations").orElseThrow().questions().stream()
            .collect(Collectors.toMap(q -> normalise(q.stem()), Function.identity()));

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    @Test
    void failThenWaitThenPassThenReviewThenDownloadAndVerifyTheCertificate() {
        String email = UUID.randomUUID().toString().substring(0, 10) + "@quiz.example";
        register("Lee Quiz", email, "quiz integrity matters", "quiz integrity matters");
        signIn(email, "quiz integrity matters");
        browser.open(url("/quiz/start.xhtml?module=foundations"));
        assertTrue(browser.text().contains("Confirm your e-mail address first"), "no quiz before the address is confirmed");
        assertTrue(browser.driver().findElements(By.id("start:go")).isEmpty());
        confirmEmail(email);

        browser.open(url("/training/module.xhtml?module=foundations"));
        browser.click(By.linkText("Start the first lesson"));
        int lessons = RealModules.lessonCount("foundations");
        for (int lesson = 1; lesson <= lessons; lesson++) {
            browser.click(By.id("progress:read"));
        }
        assertTrue(browser.text().contains(lessons + " of " + lessons + " lessons read"), browser.text());

        browser.click(By.linkText("Go to the quiz"));
        assertEquals("/quiz/start.xhtml", browser.path());
        browser.assertAccessible();
        browser.click(By.id("start:go"));
        assertEquals("/quiz/take.xhtml", browser.path());
        assertNoAnswerKey();
        browser.assertAccessible();
        browser.screenshot("quiz-question");

        // First attempt: submit without answering; the confirmation page warns first.
        browser.click(By.id("quiz:finish"));
        assertEquals("/quiz/submit.xhtml", browser.path());
        int asked = RealModules.module("foundations").quiz().questionsPerAttempt();
        assertTrue(browser.text().contains(asked + " of " + asked + " questions are not answered"), browser.text());
        browser.assertAccessible();
        browser.click(By.id("submit:confirm"));
        assertEquals("/quiz/review.xhtml", browser.path());
        assertTrue(browser.text().contains("Not passed: you scored 0%"), browser.text());
        assertTrue(browser.text().contains("did not pass because"), "a blank attempt misses its critical items: " + browser.text());
        assertTrue(browser.text().contains("Critical item answered wrongly. Why it matters:"), browser.text());
        // A failed attempt shows which items were wrong, but no key, feedback or explanation.
        assertTrue(browser.text().contains("shows which questions you answered wrongly"), browser.text());
        assertFalse(browser.driver().getPageSource().contains("(correct answer)"), "no key after a failed attempt");
        assertFalse(browser.text().contains("Explanation."), "no explanation after a failed attempt");
        browser.assertAccessible();

        browser.click(By.linkText("Back to the quiz page"));
        assertTrue(browser.text().contains("You can try again from"), browser.text());
        assertTrue(browser.driver().findElements(By.id("start:go")).isEmpty(), "no start button during the cooldown");
        advanceClock(Duration.ofSeconds(4)); // the test server's cooldown is 3 seconds
        browser.open(url("/quiz/start.xhtml?module=foundations"));
        browser.click(By.id("start:go"));

        // Second attempt: answer every question correctly; the first one with the keyboard.
        for (int question = 1; question <= asked; question++) {
            assertNoAnswerKey();
            QuestionContent content = BANK.get(normalise(browser.find(By.cssSelector("legend.stem")).getText()));
            for (OptionContent option : content.options()) {
                if (!option.correct()) {
                    continue;
                }
                WebElement label = browser.find(By.xpath("//label[normalize-space(.)=" + xpathLiteral(normalise(option.text())) + "]"));
                WebElement input = browser.find(By.id(label.getAttribute("for")));
                if (question == 1) {
                    input.sendKeys(Keys.SPACE);
                } else {
                    label.click();
                }
                assertTrue(input.isSelected());
            }
            browser.click(By.id(question < asked ? "quiz:next" : "quiz:finish"));
        }
        assertEquals("/quiz/submit.xhtml", browser.path());
        assertFalse(browser.text().contains("not answered."), browser.text());
        browser.click(By.id("submit:confirm"));
        assertTrue(browser.text().contains("Passed: you scored 100%"), browser.text());
        assertTrue(browser.text().contains("(correct answer)"), "the review shows the answers after submission");
        assertTrue(browser.text().contains("Explanation."));
        browser.assertAccessible();
        browser.screenshot("quiz-review");

        browser.open(url("/training/catalog.xhtml"));
        assertTrue(browser.text().contains("Passed"), browser.text());
        assertTrue(browser.text().contains("best score 100%"), browser.text());
        browser.assertAccessible();

        // The certificate: listed, downloadable as PDF with the holder's name, code and a QR code
        // that leads to the public verification page, which anyone can open.
        browser.click(By.linkText("Certificates"));
        assertEquals("/certification/mine.xhtml", browser.path());
        browser.assertAccessible();
        String code = browser.find(By.cssSelector("#certificates tbody a[href*='/verify/']")).getText();
        String pdfHref = browser.find(By.partialLinkText("PDF")).getAttribute("href");
        byte[] pdf = downloadWithBrowserSession(pdfHref);
        CertificatePdfCheck.Content content = CertificatePdfCheck.read(pdf);
        assertTrue(content.text().contains("Lee Quiz"), content.text());
        assertTrue(content.text().contains(code), content.text());
        // The printed address comes from the configured public address (arquillian.xml), never the request.
        assertEquals("http://dnacademy.test/verify/" + code, content.qrCode());

        browser.driver().manage().deleteAllCookies();
        browser.open(url(java.net.URI.create(content.qrCode()).getPath()));
        assertTrue(browser.text().contains("Valid"), browser.text());
        assertTrue(browser.text().contains("Lee Quiz"));
        assertFalse(browser.text().contains("Sign out"), "verified without signing in");
        browser.assertAccessible();
        browser.screenshot("verify");
        browser.open(url("/verify.xhtml"));
        browser.find(By.id("code")).sendKeys(code.toLowerCase().replace("-", " "));
        browser.click(By.cssSelector("form.verify-form button"));
        assertTrue(browser.text().contains("Valid"), "a code typed loosely is still found: " + browser.text());

        // An administrator revokes it; the public page then says so, without the reason.
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open(url("/admin/certificates.xhtml?search=" + code));
        browser.assertAccessible();
        WebElement reason = browser.find(By.xpath("//label[text()='Reason for revoking " + code + "']"));
        browser.find(By.id(reason.getAttribute("for"))).sendKeys("Issued in error during a test");
        browser.click(By.id(reason.getAttribute("for").replace(":reason", ":revoke")));
        assertTrue(browser.text().contains("has been revoked"), browser.text());
        browser.open(url("/verify/" + code));
        assertTrue(browser.text().contains("Revoked"), browser.text());
        assertTrue(browser.text().contains("Issued in error during a test"), "administrators see the reason");
        browser.click(By.id("signout:submit"));
        browser.open(url("/verify/" + code));
        assertTrue(browser.text().contains("Revoked"));
        assertFalse(browser.text().contains("Issued in error during a test"), "the public does not see the reason");

        // The holder sees the revoked certificate on their own dashboard, with the date and what to do next.
        signIn(email, "quiz integrity matters");
        assertEquals("/index.xhtml", browser.path());
        assertTrue(java.util.regex.Pattern.compile("certificate " + code + " revoked on \\d{4}-\\d{2}-\\d{2}").matcher(browser.text()).find(),
                browser.text());
        assertTrue(browser.text().contains("Certificate revoked: take the quiz again to earn a new one"), browser.text());
        browser.assertAccessible();
        browser.click(By.linkText("Certificate revoked: take the quiz again to earn a new one"));
        assertEquals("/quiz/start.xhtml", browser.path());
        assertFalse(browser.driver().findElements(By.id("start:go")).isEmpty(), "a revoked certificate can be earned again: " + browser.text());
    }

    private byte[] downloadWithBrowserSession(String href) {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The page shows a question; nothing in its HTML may reveal the key, the feedback or the explanation. */
    private void assertNoAnswerKey() {
        String html = browser.driver().getPageSource();
        QuestionContent content = BANK.get(normalise(browser.find(By.cssSelector("legend.stem")).getText()));
        assertTrue(content != null, "the question on the page is from the foundations bank");
        assertFalse(html.contains("(correct answer)"));
        assertFalse(normalise(html).contains(normalise(content.explanation()).substring(0, 60)), "no explanation before submission");
        for (OptionContent option : content.options()) {
            if (option.feedback() != null) {
                assertFalse(normalise(html).contains(normalise(option.feedback()).substring(0, Math.min(50, normalise(option.feedback()).length()))),
                        "no option feedback before submission");
            }
        }
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
