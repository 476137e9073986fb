package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * one-time administrator password that must be changed at first sign-in, and readiness answers up;
 * after a {@code kill -9} and a restart, the new password still works and no second one-time
 * password appears. A broken
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
        for (String monitoring : List.of("/metrics", "/openapi")) {
            assertNotEquals(200, admin.getRaw(monitoring).status(), monitoring + " must not be public");
        }
        // Readiness is public, for load balancers, and says nothing but the parts and their state.
        Page ready = new WebClient(base).getRaw("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().startsWith("{\"status\":\"UP\",\"checks\":["), ready.body());
        for (String part : List.of("curriculum", "database")) {
            assertTrue(ready.body().contains("{\"name\":\"" + part + "\",\"status\":\"UP\",\"data\":{}}"), ready.body());
        }
        assertEquals(2, ready.body().split("\"name\"").length - 1, "no other check: " + ready.body());

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
        assertNotEquals(200, new WebClient(URI.create("http://localhost:" + port + "/")).getRaw("/health/ready").status(),
                "and a load balancer is told the instance is not ready");
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecureHstsIsSentAndOnlyTheHttpPortListens() throws Exception {
        Path dataDir = testFolder("https");
        int port = MicrobundleProcess.freePort();
        server = MicrobundleProcess.start(port, dataDir.resolveSibling(dataDir.getFileName() + ".log"), Map.of(
                "DNA_DATA_DIR", dataDir.toString(), "DNA_PUBLIC_URL", "https://training.example.org",
                "DNA_ADMIN_PASSWORD", "the administrator's own passphrase"));
        server.awaitReady();
        var client = new WebClient(URI.create("http://localhost:" + port + "/"));
        Page login = client.getRaw("/login.xhtml");
        assertEquals("max-age=31536000", login.header("Strict-Transport-Security"));
        assertEquals(null, login.header("Server"), "no server banner");
        Page signedIn = client.submitRaw(client.get("/login.xhtml"), "login",
                Map.of("email", "admin@dnacademy.local", "password", "the administrator's own passphrase"), "submit");
        String cookie = signedIn.header("Set-Cookie");
        assertTrue(cookie != null && cookie.contains("Secure"), "the session cookie is Secure: " + cookie);
        for (int hazelcast : List.of(5701, 6900)) {
            try (var socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", hazelcast), 500);
                fail("nothing listens on " + hazelcast + " (Hazelcast) for a single instance");
            } catch (java.io.IOException refused) {
                // as it should be
            }
        }
    }

    @Test
    void aMalformedSettingStopsTheStartWithAMessageNamingTheVariable() throws Exception {
        Path dataDir = testFolder("bad-setting");
        int port = MicrobundleProcess.freePort();
        server = MicrobundleProcess.start(port, dataDir.resolveSibling(dataDir.getFileName() + ".log"),
                Map.of("DNA_DATA_DIR", dataDir.toString(), "DNA_CERTIFICATES_EXPIRING_DAYS", "sixty"));
        String output = server.awaitReady();
        assertTrue(output.contains("DN Academy will not start: the configuration is not valid"), output);
        assertTrue(output.contains("DNA_CERTIFICATES_EXPIRING_DAYS must be a whole number of days from 0 to 3650, not 'sixty'"), output);
        assertNotEquals(200, new WebClient(URI.create("http://localhost:" + port + "/")).getRaw("/login.xhtml").status(),
                "nothing is served with a malformed setting");
    }

    @Test
    void theMicrobundleCarriesNoPropertyOfTheMachineThatBuiltIt() throws Exception {
        try (var jar = new java.util.zip.ZipFile(System.getProperty("dnacademy.microbundle", "target/dn-academy-microbundle.jar"))) {
            String boot = new String(jar.getInputStream(jar.getEntry("MICRO-INF/payara-boot.properties")).readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String machine : List.of("user.home", "user.dir", "user.name", "java.home", "sun.java.command", "user.timezone",
                    "os.name", "java.class.path")) {
                assertFalse(boot.contains(machine + "="), machine + " of the build machine is baked into the jar:\n" + boot);
            }
            String preBoot = new String(jar.getInputStream(jar.getEntry("MICRO-INF/pre-boot-commands.txt")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(preBoot.contains("server-header=false"), preBoot);
        }
    }

    private static Page signIn(WebClient browser, String email, String password) {
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
    }
}
