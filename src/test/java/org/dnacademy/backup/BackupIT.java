package org.dnacademy.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dnacademy.testing.MicrobundleProcess;
import org.dnacademy.testing.TableDump;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;
import org.dnacademy.testing.fresh.FreshDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Backups as an administrator makes them and an operator restores them, following the README's
 * steps: records are made, three backups are made from the admin page (two are kept; none on a
 * schedule, so that the test knows every backup), the server
 * is killed, the database destroyed and the newest backup restored. Every record the database held
 * is there again, but for the audit event of that backup itself (written once it was complete).
 * Derby always; PostgreSQL where {@code DNA_TEST_POSTGRES_URL} names a database it may empty.
 */
class BackupIT {

    private static final String ADMIN_PASSWORD = "backup administrator passphrase";
    private static final Pattern MADE = Pattern.compile("Backup (dnacademy-\\d{8}-\\d{6}(?:\\.dump)?) made");
    /** Rows the timers change on their own after a backup: only their keys are compared. */
    private static final Set<String> BOOKKEEPING = Set.of("job_lease", "outbox_message");

    private MicrobundleProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void aDerbyBackupRestoredAfterTheDatabaseIsDestroyedHoldsEveryRecord() throws Exception {
        Path dataDir = Path.of(System.getProperty("dnacademy.test.data-dir", "target/test-data"), "backup-derby-" + System.nanoTime());
        Path database = dataDir.resolve("dnacademy");
        Map<String, String> environment = Map.of("DNA_DATA_DIR", dataDir.toString(), "DNA_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "DNA_BACKUP_KEEP", "2", "DNA_BACKUP_INTERVAL_HOURS", "0");
        int port = MicrobundleProcess.freePort();
        server = MicrobundleProcess.start(port, dataDir.resolveSibling(dataDir.getFileName() + "-first.log"), environment);
        server.awaitReady();
        String trainee = recordsMade(port);
        String newest = backUpThreeTimes(port, dataDir.resolve("backups"));
        server.kill();

        TableDump before = derby(database);
        deleteRecursively(database); // the disk is lost
        // README, "Restoring a backup", single machine: the backup's database folder in place of the data folder's.
        copyRecursively(dataDir.resolve("backups").resolve(newest).resolve("dnacademy"), database);
        TableDump restored = derby(database);
        assertRestored(before, restored, newest);

        server = MicrobundleProcess.start(port, dataDir.resolveSibling(dataDir.getFileName() + "-restored.log"), environment);
        server.awaitReady();
        var admin = new WebClient(URI.create("http://localhost:" + port + "/"));
        assertTrue(signIn(admin, "admin@dnacademy.local", ADMIN_PASSWORD).text().contains("Welcome, Administrator"));
        assertTrue(signIn(new WebClient(URI.create("http://localhost:" + port + "/")), trainee, "a trainee's own passphrase")
                .text().contains("Welcome"), "the trainee signs in on the restored database");
        assertTrue(admin.get("/admin/backups.xhtml").text().contains(newest), "the backups are still listed");
    }

    @Test
    void aPostgresDumpRestoredWithPgRestoreAfterTheDatabaseIsDestroyedHoldsEveryRecord() throws Exception {
        String url = System.getenv("DNA_TEST_POSTGRES_URL");
        String user = System.getenv("DNA_TEST_POSTGRES_USER");
        String password = System.getenv("DNA_TEST_POSTGRES_PASSWORD");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "DNA_TEST_POSTGRES_URL is not set");
        FreshDatabase.emptyPostgres(url, user, password);
        Path folder = Path.of(System.getProperty("dnacademy.test.data-dir", "target/test-data"), "backup-postgres-" + System.nanoTime());
        int port = MicrobundleProcess.freePort();
        server = MicrobundleProcess.start(port, folder.resolveSibling(folder.getFileName() + ".log"), Map.of("DNA_DB_URL", url,
                "DNA_DB_USER", user, "DNA_DB_PASSWORD", password, "DNA_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "DNA_BACKUP_DIR", folder.resolve("backups").toString(), "DNA_BACKUP_KEEP", "2", "DNA_BACKUP_INTERVAL_HOURS", "0",
                "DNA_DATA_DIR", folder.toString()));
        server.awaitReady();
        recordsMade(port);
        String newest = backUpThreeTimes(port, folder.resolve("backups"));
        server.kill();

        TableDump before;
        try (var db = DriverManager.getConnection(url, user, password)) {
            before = TableDump.of(db, "public");
        }
        FreshDatabase.emptyPostgres(url, user, password); // the database is lost
        // README, "Restoring a backup", PostgreSQL: pg_restore into the (empty or damaged) database.
        var restore = new ProcessBuilder("pg_restore", "--clean", "--if-exists", "--no-owner",
                "--dbname=postgresql:" + url.substring("jdbc:postgresql:".length()), folder.resolve("backups").resolve(newest).toString())
                .redirectErrorStream(true);
        restore.environment().put("PGUSER", user);
        restore.environment().put("PGPASSWORD", password);
        Process restoring = restore.start();
        String said = new String(restoring.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, restoring.waitFor(), "pg_restore: " + said);
        try (var db = DriverManager.getConnection(url, user, password)) {
            assertRestored(before, TableDump.of(db, "public"), newest);
        }
    }

    /** Two trainees register (accounts, tokens, e-mails, audit events); the first signs in. */
    private static String recordsMade(int port) {
        String first = null;
        for (int i = 1; i <= 2; i++) {
            var trainee = new WebClient(URI.create("http://localhost:" + port + "/"));
            String email = "backup-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@backup.example";
            trainee.submit(trainee.get("/register.xhtml"), "register", Map.of("name", "Bea Backup " + i, "email", email,
                    "password", "a trainee's own passphrase", "confirmation", "a trainee's own passphrase"), "submit");
            if (first == null) {
                first = email;
                assertTrue(signIn(trainee, email, "a trainee's own passphrase").text().contains("Welcome"));
                assertEquals(404, trainee.getRaw("/admin/backups.xhtml").status(), "backups are for administrators only");
            }
        }
        return first;
    }

    /** Three backups from the admin page, a second apart; two are kept. @return the newest one's name */
    private static String backUpThreeTimes(int port, Path folder) throws Exception {
        var admin = new WebClient(URI.create("http://localhost:" + port + "/"));
        signIn(admin, "admin@dnacademy.local", ADMIN_PASSWORD);
        Page page = admin.get("/admin/backups.xhtml");
        assertTrue(page.text().contains("No backup has been made yet."), page.text());
        String newest = null;
        for (int i = 0; i < 3; i++) {
            Thread.sleep(1100); // backups are named by the second
            page = admin.submit(page, "backup", Map.of(), "now");
            Matcher made = MADE.matcher(page.text());
            assertTrue(made.find(), page.text());
            newest = made.group(1);
        }
        assertTrue(page.text().contains(newest));
        try (Stream<Path> kept = Files.list(folder)) {
            List<String> names = kept.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), "the last two are kept: " + names);
            assertEquals(newest, names.get(1));
        }
        return newest;
    }

    /** Every record is back, nothing else appeared, and only the backup's own audit event is missing. */
    private static void assertRestored(TableDump before, TableDump restored, String backup) {
        Map<String, SortedSet<String>> missing = before.missingFrom(restored, BOOKKEEPING);
        assertEquals(Set.of("audit_event"), missing.keySet(), "missing after the restore: " + missing);
        SortedSet<String> events = missing.get("audit_event");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.first().contains("BACKUP_MADE") && events.first().contains(backup), events.toString());
        assertEquals(Map.of(), restored.missingFrom(before, BOOKKEEPING), "the restore holds nothing the database did not");
        assertTrue(restored.count() > 100, "a real database: " + restored.count() + " rows");
    }

    private static TableDump derby(Path database) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:derby:" + database)) {
            return TableDump.of(db, "APP");
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: shut down, so that the server (or the restore) can have it
            }
        }
    }

    private static Page signIn(WebClient client, String email, String password) {
        return client.submit(client.get("/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path each : all.toList()) {
                Files.copy(each, to.resolve(from.relativize(each).toString()));
            }
        }
    }
}
