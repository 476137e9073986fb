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
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * (with passes, lessons read, certificates and cohorts, see {@link #generate}), generated straight into the embedded
 * Derby database of a microbundle, then timed over HTTP as an administrator who sees everyone.
 * Not a test: it reports figures. Run it as the README says; it takes a few minutes.
 * {@code -DdataDir=<folder>} keeps the generated data there and, when the folder already holds it,
 * times that data again without generating it; {@code -Dviews=overview,certificates} times only
 * the views whose names contain one of the words.
 */
public final class DashboardBenchmark {

    private static final int TRAINEES = Integer.getInteger("trainees", 10_000);
    private static final int ATTEMPTS_PER_TRAINEE = Integer.getInteger("attemptsPerTrainee", 100);
    private static final int REQUESTS = Integer.getInteger("requests", 60);
    private static final String ADMIN = "admin@benchmark.example";
    private static final String ADMIN_PASSWORD = "benchmark administrator passphrase";
    private static final String SUPERVISOR = "supervisor@benchmark.example";
    private static final int COHORTS = 20;
    /** The generated trainees' account ids, in order: the trainee record is timed for these, not for guessed ids. */
    private static final List<Long> TRAINEE_IDS = new ArrayList<>();
    private static final List<String> VIEWS = List.of(System.getProperty("views", "").split(",")).stream()
            .map(String::trim).filter(v -> !v.isEmpty()).toList();

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The microbundle of the build being measured: pass -Ddnacademy.microbundle=<build dir>/dn-academy-microbundle.jar
        // when building with -Dbuild.dir, or a stale target/ jar is timed instead.
        Path jar = Path.of(System.getProperty("dnacademy.microbundle", "target/dn-academy-microbundle.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No microbundle at " + jar.toAbsolutePath() + ": build it, or name it with -Ddnacademy.microbundle=...");
        }
        System.out.printf("timing %s (built %s)%n", jar.toAbsolutePath(), Files.getLastModifiedTime(jar));
        String kept = System.getProperty("dataDir");
        Path dataDir = kept == null ? Files.createTempDirectory("dna-benchmark-") : Files.createDirectories(Path.of(kept));
        boolean generated = Files.isDirectory(dataDir.resolve("dnacademy"));
        Map<String, String> environment = Map.of("DNA_DATA_DIR", dataDir.toString(), "DNA_ADMIN_EMAIL", ADMIN,
                "DNA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        int port = MicrobundleProcess.freePort();
        if (generated) {
            // The data of an earlier run: migrations newer than it run when the server starts.
            System.out.println("timing the data generated earlier in " + dataDir);
            readTraineeIds(dataDir.resolve("dnacademy"));
        } else {
            // 1. Schema and curriculum, by the application itself.
            try (var server = MicrobundleProcess.start(port, dataDir.resolve("first.log"), environment)) {
                server.awaitReady();
            }
            // 2. Bulk data, written directly with JDBC.
            long started = System.nanoTime();
            generate(dataDir.resolve("dnacademy"));
            System.out.printf("generated %,d trainees and %,d attempts in %.0f s%n", TRAINEES, (long) TRAINEES * ATTEMPTS_PER_TRAINEE,
                    (System.nanoTime() - started) / 1e9);
        }

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
            report("trainee record", time(admin, REQUESTS,
                    () -> "/records/trainee.xhtml?id=" + TRAINEE_IDS.get(random.nextInt(TRAINEE_IDS.size()))));
            // Status filters, windows and sorting are chosen, counted and paged in SQL over all trainees.
            report("all trainees, passed foundations", time(admin, REQUESTS,
                    () -> "/records/index.xhtml?module=foundations&status=PASSED&page=" + (1 + random.nextInt(100))));
            report("all trainees, expiring within 60 days", time(admin, REQUESTS,
                    () -> "/records/index.xhtml?expiring=60&page=" + (1 + random.nextInt(20))));
            report("all trainees, in progress, by progress", time(admin, REQUESTS,
                    () -> "/records/index.xhtml?status=IN_PROGRESS&sort=progress&page=" + (1 + random.nextInt(20))));
            report("all trainees, overdue, fewest passed first", time(admin, REQUESTS,
                    () -> "/records/index.xhtml?overdue=true&sort=least&page=" + (1 + random.nextInt(20))));
            report("one cohort, certificate revoked", time(admin, REQUESTS,
                    () -> "/records/index.xhtml?status=REVOKED&cohort=" + (1 + random.nextInt(COHORTS))));
            var supervisor = new WebClient(URI.create("http://localhost:" + port + "/"));
            supervisor.submit(supervisor.get("/login.xhtml"), "login", Map.of("email", SUPERVISOR, "password", ADMIN_PASSWORD), "submit");
            report("supervisor of 500, not started", time(supervisor, REQUESTS,
                    () -> "/records/index.xhtml?status=NOT_STARTED&page=" + (1 + random.nextInt(5))));
            report("overview charts, all trainees", time(admin, 20, () -> "/records/overview.xhtml"));
            report("admin accounts, random page", time(admin, REQUESTS,
                    () -> "/admin/accounts.xhtml?page=" + (1 + random.nextInt(TRAINEES / 50))));
            report("admin accounts, search", time(admin, REQUESTS,
                    () -> "/admin/accounts.xhtml?q=trainee+" + random.nextInt(1000)));
            report("all certificates, random page", time(admin, REQUESTS,
                    () -> "/admin/certificates.xhtml?page=" + (1 + random.nextInt(TRAINEES / 50))));
            report("all certificates, search", time(admin, REQUESTS,
                    () -> "/admin/certificates.xhtml?search=trainee+" + random.nextInt(1000)));
            report("CSV export of all trainees", time(admin, 2, () -> "/records/export.csv"));
            report("XLSX export of all trainees", time(admin, 1, () -> "/records/export.xlsx"));
        }
    }

    private static List<Long> time(WebClient client, int requests, java.util.function.Supplier<String> paths) {
        List<Long> millis = new ArrayList<>();
        if (!VIEWS.isEmpty() && VIEWS.stream().noneMatch(view -> paths.get().contains(view))) {
            return millis;
        }
        for (int i = 0; i < requests; i++) {
            String path = paths.get();
            long start = System.nanoTime();
            int status;
            try {
                status = client.getRaw(path).status();
            } catch (AssertionError closed) {
                // Payara closes a keep-alive connection after 250 requests and Java's HTTP client
                // may then read EOF on the next; a browser retries such a GET, and so does this.
                System.out.println("  (retried once after: " + closed.getCause() + ")");
                start = System.nanoTime();
                status = client.getRaw(path).status();
            }
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
        }
        return millis;
    }

    private static void report(String what, List<Long> millis) {
        if (millis.isEmpty()) {
            return;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-40s n=%d  p50=%d ms  p95=%d ms  max=%d ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }

    /**
     * Trainees in 20 cohorts of 500 (half of them past their due date), one supervisor of the first
     * cohort (signing in with the administrator's password hash), and per trainee and module some
     * submitted attempts; 70% pass their last attempt, which records a module pass, all lessons
     * read and a certificate valid for 12 months (1% of them revoked). Where no pass, a random
     * number of the module's lessons are read.
     */
    private static void generate(Path database) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database)) {
            db.setAutoCommit(false);
            identitiesFromAReservedBlock(db);
            Map<String, Long> versions = new HashMap<>();
            Map<String, List<String[]>> lessons = new HashMap<>();
            try (var rows = db.createStatement().executeQuery("SELECT mv.module_key, mv.id, l.slug, l.content_hash FROM module_version mv, "
                    + "lesson l WHERE l.module_version_id = mv.id AND mv.is_current = TRUE")) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                    lessons.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(new String[] {rows.getString(3), rows.getString(4)});
                }
            }
            List<String> modules = new ArrayList<>(versions.keySet());
            Instant now = Instant.now();
            Random random = new Random(42);
            List<Long> cohorts = cohorts(db, now);
            try (PreparedStatement account = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, role, "
                    + "must_change_password, created_at, password_changed_at, version) VALUES (?, ?, 'not-a-login', 'TRAINEE', FALSE, ?, ?, 0)",
                    new String[] {"ID"});
                 PreparedStatement member = db.prepareStatement("INSERT INTO cohort_member (cohort_id, account_id, member_role, added_at) "
                         + "VALUES (?, ?, 'TRAINEE', ?)");
                 PreparedStatement attempt = db.prepareStatement("INSERT INTO attempt (account_id, module_key, module_version_id, number, "
                         + "status, started_at, submitted_at, submitted_by, score_points, score_percent, passed, pass_mark, version) "
                         + "VALUES (?, ?, ?, ?, 'SUBMITTED', ?, ?, 'TRAINEE', ?, ?, ?, 80, 0)", new String[] {"ID"});
                 PreparedStatement pass = db.prepareStatement("INSERT INTO module_pass (account_id, module_key, module_version_id, "
                         + "attempt_id, score_percent, passed_at) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement read = db.prepareStatement("INSERT INTO lesson_completion (account_id, module_key, lesson_slug, "
                         + "content_hash, completed_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement passedCount = db.prepareStatement("INSERT INTO modules_passed (account_id, passed_count) VALUES (?, ?)");
                 PreparedStatement reading = db.prepareStatement("INSERT INTO module_reading (account_id, module_version_id, lessons_read) "
                         + "VALUES (?, ?, ?)");
                 PreparedStatement certificate = db.prepareStatement("INSERT INTO certificate (code, kind, account_id, holder_name, "
                         + "module_key, module_version_id, certified_for, score_percent, attempt_id, issued_at, issued_on, expires_on, "
                         + "revoked_at, revoked_by, revocation_reason, issue_key, version) "
                         + "VALUES (?, 'MODULE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (int t = 1; t <= TRAINEES; t++) {
                    Timestamp created = Timestamp.from(now.minus(Duration.ofDays(400)));
                    String name = String.format("Trainee %05d", t);
                    account.setString(1, String.format("trainee%05d@benchmark.example", t));
                    account.setString(2, name);
                    account.setTimestamp(3, created);
                    account.setTimestamp(4, created);
                    account.executeUpdate();
                    long accountId = generatedKey(account);
                    TRAINEE_IDS.add(accountId);
                    member.setLong(1, cohorts.get(t % COHORTS));
                    member.setLong(2, accountId);
                    member.setTimestamp(3, created);
                    member.executeUpdate();
                    int modulesPassed = 0;
                    int perModule = ATTEMPTS_PER_TRAINEE / modules.size();
                    int extra = ATTEMPTS_PER_TRAINEE % modules.size();
                    for (int m = 0; m < modules.size(); m++) {
                        String module = modules.get(m);
                        int count = perModule + (m < extra ? 1 : 0);
                        boolean passesLast = random.nextInt(10) < 7;
                        List<String[]> moduleLessons = lessons.get(module);
                        int lessonsRead = passesLast ? moduleLessons.size() : random.nextInt(moduleLessons.size() + 1);
                        for (String[] lesson : moduleLessons.subList(0, lessonsRead)) {
                            read.setLong(1, accountId);
                            read.setString(2, module);
                            read.setString(3, lesson[0]);
                            read.setString(4, lesson[1]);
                            read.setTimestamp(5, created);
                            read.executeUpdate();
                        }
                        if (lessonsRead > 0) { // what progress.control.ModuleReadings keeps for the server's lessonRead
                            reading.setLong(1, accountId);
                            reading.setLong(2, versions.get(module));
                            reading.setInt(3, lessonsRead);
                            reading.executeUpdate();
                        }
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
                                long attemptId = generatedKey(attempt);
                                pass.setLong(1, accountId);
                                pass.setString(2, module);
                                pass.setLong(3, versions.get(module));
                                pass.setLong(4, attemptId);
                                pass.setInt(5, (int) percent);
                                pass.setTimestamp(6, Timestamp.from(submitted));
                                pass.executeUpdate();
                                modulesPassed++;
                                LocalDate issued = LocalDate.ofInstant(submitted, ZoneOffset.UTC);
                                boolean revoked = random.nextInt(100) == 0;
                                certificate.setString(1, String.format("BENCH-%09d", attemptId));
                                certificate.setLong(2, accountId);
                                certificate.setString(3, name);
                                certificate.setString(4, module);
                                certificate.setLong(5, versions.get(module));
                                certificate.setString(6, module);
                                certificate.setInt(7, (int) percent);
                                certificate.setLong(8, attemptId);
                                certificate.setTimestamp(9, Timestamp.from(submitted));
                                certificate.setDate(10, java.sql.Date.valueOf(issued));
                                certificate.setDate(11, java.sql.Date.valueOf(issued.plusMonths(12)));
                                certificate.setTimestamp(12, revoked ? Timestamp.from(now) : null);
                                certificate.setString(13, revoked ? "benchmark" : null);
                                certificate.setString(14, revoked ? "generated revocation" : null);
                                certificate.setString(15, "attempt:" + attemptId);
                                certificate.executeUpdate();
                            }
                        }
                    }
                    if (modulesPassed > 0) { // what progress.control.ModulePasses keeps for the server's passes
                        passedCount.setLong(1, accountId);
                        passedCount.setInt(2, modulesPassed);
                        passedCount.executeUpdate();
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

    /** The generated trainees' ids, from a database generated by an earlier run. */
    private static void readTraineeIds(Path database) throws java.sql.SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database);
             var rows = db.createStatement().executeQuery("SELECT id FROM account WHERE role = 'TRAINEE' ORDER BY id")) {
            while (rows.next()) {
                TRAINEE_IDS.add(rows.getLong(1));
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
        }
    }

    /** The cohorts, and a supervisor of the first who signs in with the administrator's password. */
    private static List<Long> cohorts(Connection db, Instant now) throws java.sql.SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement cohort = db.prepareStatement("INSERT INTO cohort (name, due_date, created_at) VALUES (?, ?, ?)",
                new String[] {"ID"})) {
            for (int c = 1; c <= COHORTS; c++) {
                cohort.setString(1, String.format("Cohort %02d", c));
                cohort.setDate(2, java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(c % 2 == 0 ? -30 : 90)));
                cohort.setTimestamp(3, Timestamp.from(now));
                cohort.executeUpdate();
                ids.add(generatedKey(cohort));
            }
        }
        try (PreparedStatement supervisor = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, role, "
                + "must_change_password, created_at, password_changed_at, version) SELECT ?, 'Benchmark Supervisor', password_hash, "
                + "'SUPERVISOR', FALSE, created_at, password_changed_at, 0 FROM account WHERE email = ?");
             PreparedStatement member = db.prepareStatement("INSERT INTO cohort_member (cohort_id, account_id, member_role, added_at) "
                     + "VALUES (?, ?, 'SUPERVISOR', ?)")) {
            supervisor.setString(1, SUPERVISOR);
            supervisor.setString(2, ADMIN);
            supervisor.executeUpdate();
            member.setLong(1, ids.get(0));
            // Derby reports no generated key for INSERT ... SELECT, so the new account is looked up.
            try (var id = db.prepareStatement("SELECT id FROM account WHERE email = ?")) {
                id.setString(1, SUPERVISOR);
                try (var rows = id.executeQuery()) {
                    rows.next();
                    member.setLong(2, rows.getLong(1));
                }
            }
            member.setTimestamp(3, Timestamp.from(now));
            member.executeUpdate();
        }
        return ids;
    }

    /**
     * Rows written here take their ids from the tables' identity columns, not from the server's id
     * generator (table {@code id_sequence}, {@code platform.Ids}). So that the two never hand out
     * the same id, a block of ids is reserved from the generator and every table written here
     * counts from the start of that block.
     */
    private static void identitiesFromAReservedBlock(Connection db) throws java.sql.SQLException {
        long first = BenchmarkSupport.reserveIds(db, (int) Math.min(Integer.MAX_VALUE, 2L * TRAINEES * ATTEMPTS_PER_TRAINEE + 1_000_000));
        for (String table : List.of("account", "cohort", "attempt", "module_pass", "lesson_completion", "certificate")) {
            try (var restart = db.createStatement()) {
                restart.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + first);
            }
        }
        db.commit();
    }

    private static long generatedKey(PreparedStatement insert) throws java.sql.SQLException {
        try (var keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
