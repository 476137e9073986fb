package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped microbundle as an operator runs it: {@code java -jar ... --port N} on an empty data
 * folder. The first start prints a one-time administrator password that must be changed at first
 * sign-in; after a {@code kill -9} and a restart, the new password still works and no second
 * one-time password appears.
 */
class MicrobundleIT {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password\\s+(\\S+)");
    private static final String READY = "ready in";

    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void firstStartPrintsAOneTimeAdminPasswordOnceAndDataSurvivesKillDashNine() throws Exception {
        Path dataDir = Path.of(System.getProperty("dnacademy.test.data-dir", "target/test-data"), "microbundle-" + System.nanoTime());
        int port = freePort();
        URI base = URI.create("http://localhost:" + port + "/");

        Path firstLog = dataDir.resolveSibling(dataDir.getFileName() + "-first.log");
        long started = System.nanoTime();
        server = start(dataDir, port, firstLog);
        String log = awaitReady(firstLog);
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

        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no orderly shutdown

        Path secondLog = dataDir.resolveSibling(dataDir.getFileName() + "-second.log");
        started = System.nanoTime();
        server = start(dataDir, port, secondLog);
        String secondStart = awaitReady(secondLog);
        System.out.printf("microbundle: restart (existing database) ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertFalse(ONE_TIME.matcher(secondStart).find(), "the one-time password is printed only once");

        var again = new WebClient(base);
        assertTrue(signIn(again, "admin@dnacademy.local", oneTimePassword).text().contains("password is wrong"));
        Page home = signIn(again, "admin@dnacademy.local", "the administrator's own passphrase");
        assertTrue(home.text().contains("Welcome, Administrator"), home.text());
    }

    private static Process start(Path dataDir, int port, Path log) throws IOException {
        Files.createDirectories(dataDir);
        String jar = System.getProperty("dnacademy.microbundle", "target/dn-academy-microbundle.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar, "--port", String.valueOf(port)));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DNA_DATA_DIR", dataDir.toString());
        builder.environment().remove("DNA_ADMIN_EMAIL");
        builder.environment().remove("DNA_ADMIN_PASSWORD");
        return builder.start();
    }

    private String awaitReady(Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains(READY)) {
                return text;
            }
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped during start-up:\n" + text);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 120 s:\n" + Files.readString(log));
    }

    private static Page signIn(WebClient browser, String email, String password) {
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
