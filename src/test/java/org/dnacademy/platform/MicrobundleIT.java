package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dnacademy.testing.CurriculumCopy;
import org.dnacademy.testing.MicrobundleProcess;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped microbundle as an operator runs it, on an empty data folder. The first start prints a
 * one-time administrator password that must be changed at first sign-in; after a {@code kill -9}
 * and a restart, the new password still works and no second one-time password appears. A broken
 * curriculum stops the start with every problem listed.
 */
class MicrobundleIT {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password\\s+(\\S+)");

    private MicrobundleProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    private static Path testFolder(String name) {
        return Path.of(System.getProperty("dnacademy.test.data-dir", "target/test-data"), name + "-" + System.nanoTime());
    }

    @Test
    void firstStartPrintsAOneTimeAdminPasswordOnceAndDataSurvivesKillDashNine() throws Exception {
        Path dataDir = testFolder("microbundle");
        Map<String, String> environment = Map.of("DNA_DATA_DIR", dataDir.toString());
        int port = MicrobundleProcess.freePort();
        URI base = URI.create("http://localhost:" + port + "/");

        long started = System.nanoTime();
        server = MicrobundleProcess.start(port, dataDir.resolveSibling(dataDir.getFileName() + "-first.log"), environment);
        String log = server.awaitReady();
        System.out.printf("microbundle: first start (new database) ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Matcher oneTime = ONE_TIME.matcher(log);
        assertTrue(oneTime.find(), "the first start prints a one-time password:\n" + log);
        String oneTimePassword = oneTime.group(1);

        var admin = new WebClient(base);
        Page afterSignIn = signIn(admin, "admin@dnacademy.local", oneTimePassword);
        assertEquals("/account/password.xhtml", afterSignIn.path(), "a one-time password must be changed first");
        assertEquals(302, admin.getRaw("/admin/accounts.xhtml").status(), "nothing else until it is changed");
        Page changed = admin.submit(afterSignIn, "password",
                Map.of("current", oneTimePassword, "new", "the administrator's own passphrase",
                        "confirmation", "the administrator's own passphrase"), "submit");
        assertTrue(changed.text().contains("Your password has been changed."), changed.text());
        assertEquals(200, admin.getRaw("/admin/accounts.xhtml").status());
        for (String monitoring : List.of("/health", "/metrics", "/openapi")) {
            assertNotEquals(200, admin.getRaw(monitoring).status(), monitoring + " must not be public");
        }

        server.kill(); // kill -9: no orderly shutdown

        started = System.nanoTime();
        server = MicrobundleProcess.start(port, dataDir.resolveSibling(dataDir.getFileName() + "-second.log"), environment);
        String secondStart = server.awaitReady();
        System.out.printf("microbundle: restart (existing database) ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertFalse(ONE_TIME.matcher(secondStart).find(), "the one-time password is printed only once");

        var again = new WebClient(base);
        assertTrue(signIn(again, "admin@dnacademy.local", oneTimePassword).text().contains("password is wrong"));
        Page home = signIn(again, "admin@dnacademy.local", "the administrator's own passphrase");
        assertTrue(home.text().contains("Welcome, Administrator"), home.text());
    }

    @Test
    void aBrokenCurriculumStopsTheStartAndListsEveryProblemWithFileAndLine() throws Exception {
        Path modules = CurriculumCopy.of(Path.of("modules"));
        Path moduleYaml = modules.resolve("04-safety/module.yaml");
        Files.writeString(moduleYaml, Files.readString(moduleYaml).replace("pass-mark:", "pass_mark:"));
        Path lesson = modules.resolve("01-foundations/lessons/01-trigger-points.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nAn invented claim [@nobody-2031].\n");

        Path dataDir = testFolder("broken");
        int port = MicrobundleProcess.freePort();
        server = MicrobundleProcess.start(port, dataDir.resolveSibling(dataDir.getFileName() + ".log"),
                Map.of("DNA_DATA_DIR", dataDir.toString(), "DNA_MODULES_DIR", modules.toString()));
        String output = server.awaitReady();

        assertTrue(output.contains("is not valid; the application will not start"), output);
        assertTrue(output.contains("modules/04-safety/module.yaml:"), "the module file with its line");
        assertTrue(output.contains("pass_mark"), "the misspelt field is named");
        assertTrue(output.contains("modules/01-foundations/lessons/01-trigger-points.md:"), "and the lesson, in the same report");
        assertTrue(output.contains("nobody-2031"));
        assertNotEquals(200, new WebClient(URI.create("http://localhost:" + port + "/")).getRaw("/login.xhtml").status(),
                "nothing is served from a broken curriculum");
    }

    private static Page signIn(WebClient browser, String email, String password) {
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
    }
}
