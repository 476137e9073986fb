package org.dnacademy.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.dnacademy.testing.BrowserTestBase;
import org.dnacademy.testing.RealModules;

/**
 * A new trainee in Chromium opens the catalog, reads the first lesson of the first module, marks
 * it read and sees the progress recorded; also at phone width. Every page passes axe.
 */
class TrainingBrowserIT extends BrowserTestBase {

    @Test
    void aTraineeReadsALessonAndSeesTheirProgressRecorded() {
        String email = UUID.randomUUID().toString().substring(0, 10) + "@reader.example";
        String password = "lessons before needles";
        register("Kim Reader", email, password, password);
        signIn(email, password);
        assertEquals("/index.xhtml", browser.path(), "a trainee's home page after signing in is their dashboard");
        assertTrue(browser.text().contains("Programme progress: 0%"), browser.text());
        browser.assertAccessible();

        browser.click(By.linkText("About DN Academy"));
        assertEquals("/about.xhtml", browser.path(), "the footer links the page about the site");
        assertTrue(browser.text().contains("does not replace supervised practical training"), browser.text());
        browser.assertAccessible();

        browser.click(By.linkText("Training"));
        assertEquals("/training/catalog.xhtml", browser.path());
        assertTrue(browser.text().contains("Programme progress: 0%"), browser.text());
        assertTrue(browser.text().contains("Not started"));
        assertTrue(browser.text().contains("Locked"), "modules with prerequisites start locked");
        browser.assertAccessible();
        browser.screenshot("catalog");

        browser.click(By.partialLinkText("Foundations"));
        assertEquals("/training/module.xhtml", browser.path());
        browser.assertAccessible();
        browser.click(By.linkText("Start the first lesson"));
        assertEquals("/training/lesson.xhtml", browser.path());
        assertTrue(browser.text().contains("Lesson 1 of"));
        assertTrue(browser.text().contains("References"));
        browser.assertAccessible();
        browser.screenshot("lesson");

        browser.click(By.id("progress:read"));
        assertTrue(browser.text().contains("Lesson 2 of"), "marking a lesson read moves on to the next");
        browser.click(By.linkText("Training"));
        assertTrue(browser.text().contains("1 of " + RealModules.lessonCount("foundations") + " lessons read"), browser.text());
        assertTrue(browser.text().contains("In progress"));

        var locked = RealModules.firstLockedModule();
        browser.open(url("/training/lesson.xhtml?module=" + locked.id() + "&lesson=" + locked.lessons().get(0).slug()));
        assertTrue(browser.text().contains("This module opens when you have passed"), locked.id() + " needs its prerequisites first");
        browser.assertAccessible();

        browser.resize(390, 844);
        browser.open(url("/training/lesson.xhtml?module=foundations&lesson=" + RealModules.lessonSlugs("foundations").get(0)));
        browser.assertAccessible();
        browser.screenshot("lesson-phone");
        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling at phone width: " + overflow);
        browser.resize(1280, 900);
    }
}
