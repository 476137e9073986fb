package org.dnacademy.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.testing.CurriculumCopy;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.RealModules;
import org.dnacademy.testing.WebClient.Page;
import org.dnacademy.testing.WebClient;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.control.CurriculumLoader;
import org.dnacademy.training.entity.Lesson;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * The curriculum in the running application: loaded at start-up, idempotent across loads,
 * versioned when files change, lessons served safely, and reading recorded per lesson version.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    private static final String PASSWORD = "a long and unusual passphrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Inject
    CurriculumLoader loader;

    @Inject
    CurriculumCatalog catalog;

    @Inject
    Accounts accounts;

    @Inject
    org.dnacademy.testing.TestAccounts testAccounts;

    @Inject
    Progress progress;

    @Test
    void theWholeCurriculumIsLoadedAtStartUpAndReloadingUnchangedFilesCreatesNothing() {
        var files = CurriculumReader.read(CurriculumLoader.curriculumFolder());
        List<ModuleVersion> modules = catalog.currentModules();
        assertEquals(files.modules().stream().map(m -> m.id()).toList(), modules.stream().map(ModuleVersion::getModuleKey).toList(),
                "every module of modules/, in programme order");
        for (var module : files.modules()) {
            ModuleVersion stored = catalog.current(module.id());
            assertEquals(module.lessons().size(), stored.getLessons().size(), module.id());
            assertEquals(module.questions().size(), stored.getQuestions().size(), module.id());
        }
        Map<String, Integer> versionsBefore = new HashMap<>();
        files.modules().forEach(m -> versionsBefore.put(m.id(), catalog.versions(m.id()).size()));

        var result = loader.publish(files);

        assertEquals(List.of(), result.created());
        assertEquals(files.modules().size(), result.unchanged().size());
        files.modules().forEach(m -> assertEquals(versionsBefore.get(m.id()), catalog.versions(m.id()).size(),
                "a restart with unchanged files creates no version of " + m.id()));
    }

    @Test
    void aChangedModuleBecomesANewVersionAndReadingCountsOnlyForUnchangedLessons() throws IOException {
        long trainee = testAccounts.registerConfirmed(UUID.randomUUID() + "@versions.example", "Ivy Versions", PASSWORD).getId();
        ModuleVersion original = catalog.current("foundations");
        Lesson first = original.getLessons().get(0);
        Lesson second = original.getLessons().get(1);
        progress.lessonRead(trainee, first);
        progress.lessonRead(trainee, second);
        progress.lessonRead(trainee, second); // reading twice records once

        Path copy = CurriculumCopy.create();
        String folder = CurriculumReader.read(CurriculumLoader.curriculumFolder()).module("foundations").orElseThrow().folder();
        Path changedLesson = copy.resolve(folder).resolve("lessons").resolve(second.getSlug() + ".md");
        int versionsBefore = catalog.versions("foundations").size();
        Files.writeString(changedLesson, Files.readString(changedLesson) + "\nA sentence added in a test [@kalichman-2010].\n");
        try {
            var result = loader.publish(CurriculumReader.read(copy));
            assertEquals(List.of("foundations"), result.created());

            ModuleVersion changed = catalog.current("foundations");
            assertFalse(changed.getContentHash().equals(original.getContentHash()));
            List<ModuleVersion> versions = catalog.versions("foundations");
            assertEquals(versionsBefore + 1, versions.size(), "the old version is kept");
            ModuleVersion kept = versions.stream().filter(v -> v.getId().equals(original.getId())).findFirst().orElseThrow();
            assertFalse(kept.isCurrent());
            assertEquals(original.getLessons().size(), kept.getLessons().size(), "with all its lessons");

            var state = progress.of(trainee, "foundations");
            assertTrue(state.isRead(changed.getLessons().get(0)), "an unchanged lesson stays read");
            assertFalse(state.isRead(changed.getLessons().get(1)), "a changed lesson must be read again");
            assertEquals(ModuleStatus.IN_PROGRESS, state.status());
        } finally {
            var back = loader.publish(CurriculumReader.read(CurriculumLoader.curriculumFolder()));
            assertEquals(List.of("foundations"), back.reinstated());
            assertEquals(versionsBefore + 1, catalog.versions("foundations").size(), "going back reuses the old version");
            assertEquals(original.getId(), catalog.current("foundations").getId());
        }
    }

    @Test
    @RunAsClient
    void lessonsAreServedWithReferencesAndTheirDiagramsAndLockedModulesStayClosed() {
        var trainee = signedInTrainee();

        Page catalogPage = trainee.get("/training/catalog.xhtml");
        assertTrue(catalogPage.text().contains("Foundations") || catalogPage.text().contains("foundations"), catalogPage.text());

        var first = RealModules.module("foundations").lessons().get(0);
        Page lesson = trainee.get("/training/lesson.xhtml?module=foundations&lesson=" + first.slug());
        assertEquals(200, lesson.status());
        assertTrue(lesson.body().contains("<h2 id=\"references-heading\">References</h2>"));
        String firstAuthor = first.references().get(0).authors().split("[ ,]")[0];
        assertTrue(lesson.body().contains(firstAuthor), "the cited sources are listed: " + firstAuthor);
        // The one script is the application's own reading-time measure (a file, as the CSP requires);
        // nothing from the lesson's text becomes a script.
        String withoutReadingMeasure = lesson.body().replaceAll("<script[^>]*src=\"[^\"]*/js/reading\\.js[^\"]*\"[^>]*></script>", "");
        assertFalse(withoutReadingMeasure.toLowerCase().contains("<script"), "no other script in a lesson page");

        var lockedModule = RealModules.firstLockedModule();
        Page locked = trainee.get("/training/lesson.xhtml?module=" + lockedModule.id() + "&lesson=" + lockedModule.lessons().get(0).slug());
        assertTrue(locked.text().contains("This module opens when you have passed"), locked.text());

        var illustrated = RealModules.all().stream().filter(m -> !m.images().isEmpty()).findFirst().orElseThrow();
        String imageName = illustrated.images().keySet().stream().filter(n -> n.endsWith(".svg")).findFirst().orElseThrow();
        Page image = trainee.getRaw("/training/images/" + illustrated.id() + "/" + imageName);
        assertEquals(200, image.status());
        assertEquals("image/svg+xml", image.header("Content-Type").split(";")[0]);
        assertTrue(image.header("Content-Security-Policy").contains("sandbox"));

        assertEquals(404, trainee.getRaw("/training/module.xhtml?module=no-such-module").status());
        assertEquals(404, trainee.getRaw("/training/lesson.xhtml?module=foundations&lesson=nope").status());
        assertEquals(404, trainee.getRaw("/training/images/" + illustrated.id() + "/nope.svg").status());
        assertEquals(302, new WebClient(uri()).getRaw("/training/catalog.xhtml").status(), "signed-out visitors sign in first");
    }

    private WebClient signedInTrainee() {
        var browser = new WebClient(uri());
        String email = UUID.randomUUID().toString().substring(0, 12) + "@training.example";
        browser.submit(browser.get("/register.xhtml"), "register",
                Map.of("name", "Jo Reader", "email", email, "password", PASSWORD, "confirmation", PASSWORD), "submit");
        browser.submit(browser.get("/login.xhtml"), "login", Map.of("email", email, "password", PASSWORD), "submit");
        return browser;
    }


    private URI uri() {
        return URI.create(base.toExternalForm());
    }
}
