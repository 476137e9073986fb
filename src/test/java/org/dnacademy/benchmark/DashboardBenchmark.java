package org.dnacademy.benchmark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dnacademy.testing.MicrobundleProcess;
import org.dnacademy.testing.WebClient;

/**
 * The supervisors' dashboard at the target scale: 10,000 trainees and 1,000,000 submitted attempts
 * (a pass recorded for the last attempt at most modules), generated straight into the embedded
 * Derby database of a microbundle, then timed over HTTP as an administrator who sees everyone.
 * Not a test: it reports figures. Run it as the README says; it takes a few minutes.
 */
public final class DashboardBenchmark {

    private static final int TRAINEES = Integer.getInteger("trainees", 10_000);
    private static final int ATTEMPTS_PER_TRAINEE = Integer.getInteger("attemptsPerTrainee", 100);
    private static final int REQUESTS = Integer.getInteger("requests", 60);
    private static final String ADMIN = "admin@benchmark.example";
    private static final String ADMIN_PASSWORD = "benchmark administrator passphrase";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("dna-benchmark-");
        Map<String, String> environment = Map.of("DNA_DATA_DIR", dataDir.toString(), "DNA_ADMIN_EMAIL", ADMIN,
                "DNA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        int port = MicrobundleProcess.freePort();

        // 1. A first start creates the schema and loads the curriculum; then the server is stopped.
        try (var server = MicrobundleProcess.start(port, dataDir.resolve("first.log"), environment)) {
            server.awaitReady();
        }
        // 2. Bulk data, written directly with JDBC.
        long started = System.nanoTime();
        generate(dataDir.resolve("dnacademy"));
        System.out.printf("generated %,d trainees and %,d attempts in %.0f s%n", TRAINEES, (long) TRAINEES * ATTEMPTS_PER_TRAINEE,
                (System.nanoTime() - started) / 1e9);

        // 3. Time the dashboard.
        try (var server = MicrobundleProcess.start(port, dataDir.resolve("second.log"), environment)) {
            server.awaitReady();
            var admin = new WebClient(URI.create("http://localhost:" + port + "/"));
            admin.submit(admin.get("/login.xhtml"), "login", Map.of("email", ADMIN, "password", ADMIN_PASSWORD), "submit");
            Random random = new Random(1);
            for (int i = 0; i < 10; i++) {
                admin.getRaw("/records/index.xhtml?page=" + (1 + random.nextInt(TRAINEES / 25)));
            }
            report("dashboard, random page of all trainees", time(admin, REQUESTS,
                    () -> "/records/index.xhtml?page=" + (1 + random.nextInt(TRAINEES / 25))));
            report("dashboard, name search", time(admin, REQUESTS,
                    () -> "/records/index.xhtml?q=trainee+" + random.nextInt(1000)));
            report("trainee record", time(admin, REQUESTS, () -> "/records/trainee.xhtml?id=" + (2 + random.nextInt(TRAINEES))));
            // Status filters and exports assemble each matching trainee's record (at most 2,000 at a time).
            report("status filter over 1,000 trainees", time(admin, 5,
                    () -> "/records/index.xhtml?q=trainee+01&module=foundations&status=PASSED"));
            report("CSV export of 1,000 trainees", time(admin, 3, () -> "/records/export.csv?q=trainee+01"));
            String refused = admin.get("/records/index.xhtml?status=PASSED").text();
            System.out.println("status filter over all " + TRAINEES + ": "
                    + (refused.contains("at a time") ? "refused with a message asking to narrow the view" : "answered"));
        }
    }

    private static List<Long> time(WebClient client, int requests, java.util.function.Supplier<String> paths) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String path = paths.get();
            long start = System.nanoTime();
            int status = client.getRaw(path).status();
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
        }
        return millis;
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-40s n=%d  p50=%d ms  p95=%d ms  max=%d ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }

    private static void generate(Path database) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database)) {
            db.setAutoCommit(false);
            Map<String, Long> versions = new HashMap<>();
            try (var rows = db.createStatement().executeQuery("SELECT module_key, id FROM module_version WHERE is_current = TRUE")) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
            List<String> modules = new ArrayList<>(versions.keySet());
            Instant now = Instant.now();
            Random random = new Random(42);
            try (PreparedStatement account = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, role, "
                    + "must_change_password, created_at, password_changed_at, version) VALUES (?, ?, 'not-a-login', 'TRAINEE', FALSE, ?, ?, 0)",
                    new String[] {"ID"});
                 PreparedStatement attempt = db.prepareStatement("INSERT INTO attempt (account_id, module_key, module_version_id, number, "
                         + "status, started_at, submitted_at, submitted_by, score_points, score_percent, passed, pass_mark, version) "
                         + "VALUES (?, ?, ?, ?, 'SUBMITTED', ?, ?, 'TRAINEE', ?, ?, ?, 80, 0)", new String[] {"ID"});
                 PreparedStatement pass = db.prepareStatement("INSERT INTO module_pass (account_id, module_key, module_version_id, "
                         + "attempt_id, score_percent, passed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int t = 1; t <= TRAINEES; t++) {
                    Timestamp created = Timestamp.from(now.minus(Duration.ofDays(400)));
                    account.setString(1, String.format("trainee%05d@benchmark.example", t));
                    account.setString(2, String.format("Trainee %05d", t));
                    account.setTimestamp(3, created);
                    account.setTimestamp(4, created);
                    account.executeUpdate();
                    long accountId;
                    try (var keys = account.getGeneratedKeys()) {
                        keys.next();
                        accountId = keys.getLong(1);
                    }
                    int perModule = ATTEMPTS_PER_TRAINEE / modules.size();
                    int extra = ATTEMPTS_PER_TRAINEE % modules.size();
                    for (int m = 0; m < modules.size(); m++) {
                        String module = modules.get(m);
                        int count = perModule + (m < extra ? 1 : 0);
                        boolean passesLast = random.nextInt(10) < 7;
                        for (int n = 1; n <= count; n++) {
                            boolean passed = passesLast && n == count;
                            double percent = passed ? 80 + random.nextInt(21) : random.nextInt(80);
                            Instant submitted = now.minus(Duration.ofDays(365 - random.nextInt(360)));
                            attempt.setLong(1, accountId);
                            attempt.setString(2, module);
                            attempt.setLong(3, versions.get(module));
                            attempt.setInt(4, n);
                            attempt.setTimestamp(5, Timestamp.from(submitted.minusSeconds(900)));
                            attempt.setTimestamp(6, Timestamp.from(submitted));
                            attempt.setDouble(7, percent * 12 / 100);
                            attempt.setDouble(8, percent);
                            attempt.setBoolean(9, passed);
                            attempt.executeUpdate();
                            if (passed) {
                                long attemptId;
                                try (var keys = attempt.getGeneratedKeys()) {
                                    keys.next();
                                    attemptId = keys.getLong(1);
                                }
                                pass.setLong(1, accountId);
                                pass.setString(2, module);
                                pass.setLong(3, versions.get(module));
                                pass.setLong(4, attemptId);
                                pass.setInt(5, (int) percent);
                                pass.setTimestamp(6, Timestamp.from(submitted));
                                pass.executeUpdate();
                            }
                        }
                    }
                    if (t % 500 == 0) {
                        db.commit();
                        System.out.printf("  %,d trainees%n", t);
                    }
                }
                db.commit();
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
        }
    }
}
