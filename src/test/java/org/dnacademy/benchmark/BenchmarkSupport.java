package org.dnacademy.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dnacademy.testing.MicrobundleProcess;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.content.LessonContent;
import org.dnacademy.training.content.ModuleContent;
import org.dnacademy.training.content.QuestionContent;

/**
 * What {@link LoadBenchmark} and {@link CrashBenchmark} share: the microbundle on a throw-away
 * data folder (with its process id, for resident memory), trainees written straight into Derby
 * while the server is stopped, a trainee's quiz steps over HTTP with answers looked up in the
 * curriculum files, and latency tables. Nothing here is a test.
 */
final class BenchmarkSupport {

    static final String ADMIN = "admin@benchmark.example";
    static final String ADMIN_PASSWORD = "benchmark administrator passphrase";

    private BenchmarkSupport() {
    }

    /**
     * Java's HTTP client keeps idle connections for 20 minutes, Payara closes them after 30 s: a
     * request sent on a connection the server is closing at that moment fails without any fault of
     * the server's. Closing idle connections on our side first, as browsers do, avoids that race.
     * Call before the first {@link WebClient} is made.
     */
    static void browserLikeConnections() {
        System.setProperty("jdk.httpclient.keepalive.timeout", "15");
    }

    /** A {@link WebClient}: HTTP/1.1 with its own cookies, as a browser. */
    static WebClient browser(URI base) {
        return new WebClient(base);
    }

    // ------------------------------------------------------------------ the server

    /** A running microbundle: its process id, port and how long it took to serve its first page. */
    static final class Server implements AutoCloseable {

        final MicrobundleProcess process;
        final long pid;
        final int port;
        final URI base;
        final double secondsToFirstPage;

        private Server(MicrobundleProcess process, long pid, int port, double secondsToFirstPage) {
            this.process = process;
            this.pid = pid;
            this.port = port;
            this.base = URI.create("http://localhost:" + port + "/");
            this.secondsToFirstPage = secondsToFirstPage;
        }

        /**
         * Starts the jar ({@code -Ddnacademy.microbundle}, default {@code target/dn-academy-microbundle.jar})
         * on the data folder and waits until the login page answers 200.
         */
        static Server start(Path dataDir, int port, String logName, Map<String, String> extraEnvironment)
                throws IOException, InterruptedException {
            Map<String, String> environment = new HashMap<>(Map.of("DNA_DATA_DIR", dataDir.toString(), "DNA_ADMIN_EMAIL", ADMIN,
                    "DNA_ADMIN_PASSWORD", ADMIN_PASSWORD));
            environment.putAll(extraEnvironment);
            long started = System.nanoTime();
            MicrobundleProcess process = MicrobundleProcess.start(port, dataDir.resolve("logs").resolve(logName), environment);
            long pid = findPid(port);
            process.awaitReady();
            var probe = browser(URI.create("http://localhost:" + port + "/"));
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (true) {
                try {
                    if (probe.getRaw("/login.xhtml").status() == 200) {
                        break;
                    }
                } catch (AssertionError notYet) {
                    // connection refused: not listening yet
                }
                if (System.nanoTime() > deadline) {
                    process.kill();
                    throw new IllegalStateException("no first page within 120 s");
                }
                Thread.sleep(50);
            }
            return new Server(process, pid, port, (System.nanoTime() - started) / 1e9);
        }

        /** Like {@code kill -9}. */
        void kill() throws InterruptedException {
            process.kill();
        }

        @Override
        public void close() throws InterruptedException {
            process.kill();
        }

        /** The server JVM: the child of this JVM started with our port. */
        private static long findPid(int port) throws InterruptedException {
            for (int i = 0; i < 100; i++) {
                var match = ProcessHandle.current().children()
                        .filter(p -> p.info().commandLine().map(c -> c.contains("microbundle") && c.contains("--port " + port)).orElse(false))
                        .findFirst();
                if (match.isPresent()) {
                    return match.get().pid();
                }
                Thread.sleep(50);
            }
            return -1;
        }
    }

    /** Samples the server's resident memory (VmRSS) every second, keeping the maximum per labelled phase. */
    static final class MemorySampler implements AutoCloseable {

        private final Map<String, Long> maxKbByPhase = Collections.synchronizedMap(new LinkedHashMap<>());
        /** Per phase, jiffies: [server, this load generator, other processes, all CPUs' elapsed]. */
        private final Map<String, long[]> cpuByPhase = Collections.synchronizedMap(new LinkedHashMap<>());
        private long[] lastCpu;
        private long lastPid = -1;
        private volatile long pid = -1;
        private volatile String phase = "start";
        private volatile boolean running = true;
        private final Thread thread;

        MemorySampler() {
            thread = new Thread(this::run, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** Per phase: [GC seconds, wall seconds, max old generation occupancy %]. */
        private final Map<String, double[]> gcByPhase = Collections.synchronizedMap(new LinkedHashMap<>());
        private volatile double gcSeconds = -1;
        private volatile double oldPercent = -1;
        private double lastGcSeconds = -1;
        private long lastGcAt;
        private Process jstat;

        void watch(long pid) {
            this.pid = pid;
            startJstat(pid);
        }

        /** {@code jstat -gcutil PID 1000}: the server's total GC time and old generation occupancy, each second. */
        private synchronized void startJstat(long pid) {
            if (jstat != null) {
                jstat.destroy();
            }
            gcSeconds = -1;
            oldPercent = -1;
            Path bin = Path.of(System.getProperty("java.home"), "bin", "jstat");
            if (pid <= 0 || !Files.isExecutable(bin)) {
                return;
            }
            try {
                Process process = new ProcessBuilder(bin.toString(), "-gcutil", String.valueOf(pid), "1000").redirectErrorStream(true).start();
                jstat = process;
                Thread reader = new Thread(() -> {
                    try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                        List<String> header = List.of();
                        for (String line; (line = lines.readLine()) != null; ) {
                            List<String> fields = List.of(line.trim().split("\\s+"));
                            if (fields.contains("GCT")) {
                                header = fields;
                            } else if (!header.isEmpty() && fields.size() == header.size() && this.pid == pid) {
                                gcSeconds = Double.parseDouble(fields.get(header.indexOf("GCT")));
                                oldPercent = Double.parseDouble(fields.get(header.indexOf("O")));
                            }
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // the server or jstat ended
                    }
                }, "jstat-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                jstat = null;
            }
        }

        private void sampleGc() {
            double gc = gcSeconds;
            long now = System.nanoTime();
            if (gc >= 0 && lastGcSeconds >= 0 && gc >= lastGcSeconds) {
                double wall = (now - lastGcAt) / 1e9;
                double old = oldPercent;
                gcByPhase.merge(phase, new double[] {gc - lastGcSeconds, wall, old},
                        (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], Math.max(a[2], b[2])});
            }
            lastGcSeconds = gc;
            lastGcAt = now;
        }

        /** Per phase: share of wall time the server spent in GC, and its fullest old generation. */
        Map<String, String> gcByPhase() {
            Map<String, String> result = new LinkedHashMap<>();
            synchronized (gcByPhase) {
                gcByPhase.forEach((phase, v) -> result.put(phase, String.format("%.0f%% of the time in GC, old gen up to %.0f%%",
                        100 * v[0] / Math.max(v[1], 1e-9), v[2])));
            }
            return result;
        }

        void phase(String name) {
            this.phase = name;
        }

        private void run() {
            while (running) {
                long kb = rssKb(pid);
                if (kb > 0) {
                    maxKbByPhase.merge(phase, kb, Math::max);
                }
                long watched = pid;
                long[] cpu = cpuNow(watched);
                if (watched != lastPid) {
                    // Another server process: its CPU so far is not this interval's.
                    lastCpu = null;
                    lastPid = watched;
                }
                if (cpu != null && lastCpu != null && cpu[3] > lastCpu[3] && watched > 0) {
                    long server = cpu[0] - lastCpu[0];
                    long self = cpu[1] - lastCpu[1];
                    long others = Math.max(0, (cpu[2] - lastCpu[2]) - server - self);
                    long elapsed = cpu[3] - lastCpu[3];
                    cpuByPhase.merge(phase, new long[] {Math.max(0, server), self, others, elapsed},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
                }
                lastCpu = cpu;
                sampleGc();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Resident memory in kB, or -1 when the process is gone. */
        static long rssKb(long pid) {
            if (pid <= 0) {
                return -1;
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                return -1;
            }
            return -1;
        }

        /** [server process, this JVM, all CPUs busy, all CPUs total] in jiffies, from /proc; null if unreadable. */
        private static long[] cpuNow(long serverPid) {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                long total = 0;
                for (int i = 1; i < cpu.length && i <= 8; i++) {
                    long v = Long.parseLong(cpu[i]);
                    total += v;
                    if (i != 4 && i != 5) {
                        busy += v;
                    }
                }
                return new long[] {processJiffies(String.valueOf(serverPid)), processJiffies("self"), busy, total};
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static long processJiffies(String pid) {
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }

        /** Per phase: the CPU cores used on average by the server, this load generator and everything else on the machine. */
        Map<String, String> cpuByPhase() {
            int cores = Runtime.getRuntime().availableProcessors();
            Map<String, String> result = new LinkedHashMap<>();
            synchronized (cpuByPhase) {
                cpuByPhase.forEach((phase, v) -> result.put(phase, v[3] == 0 || v[0] == 0 ? "n/a" : String.format(
                        "server %.2f, load generator %.2f, other processes %.2f", cores * (double) v[0] / v[3],
                        cores * (double) v[1] / v[3], cores * (double) v[2] / v[3])));
            }
            return result;
        }

        Map<String, Long> maxKbByPhase() {
            synchronized (maxKbByPhase) {
                return new LinkedHashMap<>(maxKbByPhase);
            }
        }

        long overallMaxKb() {
            return maxKbByPhase().values().stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
            synchronized (this) {
                if (jstat != null) {
                    jstat.destroy();
                }
            }
        }
    }

    // ------------------------------------------------------------------ the database, server stopped

    static Connection database(Path dataDir) throws SQLException {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDir.resolve("benchmark-derby.log").toString());
        }
        return DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("dnacademy"));
    }

    /** Shuts the embedded database down in this JVM so that the server can boot it again. */
    static void shutdownDatabase(Path dataDir) {
        try {
            DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("dnacademy") + ";shutdown=true").close();
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down", expected);
            }
        }
    }

    /**
     * Trainee accounts {@code prefix00001@benchmark.example} ... with confirmed addresses, that sign
     * in with the administrator's password (its PBKDF2 hash is copied), in one transaction.
     *
     * @return e-mail address to account id, in creation order
     */
    static LinkedHashMap<String, Long> createTrainees(Connection db, String prefix, int count) throws SQLException {
        db.setAutoCommit(false);
        String hash;
        try (var statement = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
            statement.setString(1, ADMIN);
            try (var rows = statement.executeQuery()) {
                rows.next();
                hash = rows.getString(1);
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        long firstId = reserveIds(db, count);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (id, email, display_name, password_hash, role, "
                + "must_change_password, created_at, password_changed_at, email_verified_at, version) "
                + "VALUES (?, ?, ?, ?, 'TRAINEE', FALSE, ?, ?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                int column = 1;
                insert.setLong(column++, firstId + i - 1);
                insert.setString(column++, email(prefix, i));
                insert.setString(column++, "Benchmark " + prefix + " " + i);
                insert.setString(column++, hash);
                insert.setTimestamp(column++, now);
                insert.setTimestamp(column++, now);
                insert.setTimestamp(column, now);
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        LinkedHashMap<String, Long> ids = new LinkedHashMap<>();
        try (var statement = db.prepareStatement("SELECT email, id FROM account WHERE email LIKE ? ORDER BY id")) {
            statement.setString(1, prefix + "%@benchmark.example");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        db.commit();
        return ids;
    }

    /**
     * Reserves {@code count} ids from the application's id generator (table {@code id_sequence},
     * see {@code platform.Ids}) for rows written here directly, so that they never collide with ids
     * the server hands out. Call it on the connection that writes the rows, before the server starts.
     *
     * @return the first of the ids reserved
     */
    static long reserveIds(Connection db, int count) throws SQLException {
        try (var update = db.prepareStatement("UPDATE id_sequence SET next_value = next_value + ? WHERE name = 'ids'")) {
            update.setLong(1, count);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no id generator row in id_sequence");
            }
        }
        try (var rows = db.createStatement().executeQuery("SELECT next_value FROM id_sequence WHERE name = 'ids'")) {
            rows.next();
            return rows.getLong(1) - count + 1;
        }
    }

    static String email(String prefix, int i) {
        return String.format("%s%05d@benchmark.example", prefix, i);
    }

    /** Records the first {@code lessons} lessons of the module's current version as read by the account. */
    static void markLessonsRead(Connection db, long accountId, String module, int lessons) throws SQLException {
        List<String[]> all = currentLessons(db, module);
        List<String[]> current = all.subList(0, Math.min(lessons, all.size()));
        long id = reserveIds(db, current.size());
        try (PreparedStatement read = db.prepareStatement("INSERT INTO lesson_completion (id, account_id, module_key, lesson_slug, "
                + "content_hash, completed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String[] lesson : current) {
                read.setLong(1, id++);
                read.setLong(2, accountId);
                read.setString(3, module);
                read.setString(4, lesson[0]);
                read.setString(5, lesson[1]);
                read.setTimestamp(6, Timestamp.from(Instant.now()));
                read.addBatch();
            }
            read.executeBatch();
        }
        // What progress.control.ModuleReadings keeps for the server's lessonRead.
        try (PreparedStatement count = db.prepareStatement("INSERT INTO module_reading (account_id, module_version_id, lessons_read) "
                + "SELECT ?, mv.id, ? FROM module_version mv WHERE mv.module_key = ? AND mv.is_current = TRUE")) {
            count.setLong(1, accountId);
            count.setInt(2, current.size());
            count.setString(3, module);
            if (!current.isEmpty()) {
                count.executeUpdate();
            }
        }
    }

    private static final Map<String, List<String[]>> LESSON_CACHE = new ConcurrentHashMap<>();

    private static List<String[]> currentLessons(Connection db, String module) throws SQLException {
        List<String[]> cached = LESSON_CACHE.get(module);
        if (cached != null) {
            return cached;
        }
        List<String[]> lessons = new ArrayList<>();
        try (var statement = db.prepareStatement("SELECT l.slug, l.content_hash FROM lesson l, module_version mv "
                + "WHERE l.module_version_id = mv.id AND mv.is_current = TRUE AND mv.module_key = ? ORDER BY l.position")) {
            statement.setString(1, module);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    lessons.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        LESSON_CACHE.put(module, lessons);
        return lessons;
    }

    /** What the database says about graded attempts, read with the server stopped. */
    record Graded(Map<Long, Object[]> attempts, Map<Long, Integer> submittedEvents, Map<Long, Integer> passes,
            Map<Long, Integer> certificates) {

        static Graded read(Connection db) throws SQLException {
            Map<Long, Object[]> attempts = new HashMap<>();
            try (var rows = db.createStatement().executeQuery("SELECT id, status, score_percent, passed, account_id FROM attempt")) {
                while (rows.next()) {
                    Double percent = rows.getObject(3) == null ? null : rows.getDouble(3);
                    Boolean passed = rows.getObject(4) == null ? null : rows.getBoolean(4);
                    attempts.put(rows.getLong(1), new Object[] {rows.getString(2), percent, passed, rows.getLong(5)});
                }
            }
            Map<Long, Integer> events = new HashMap<>();
            try (var rows = db.createStatement().executeQuery(
                    "SELECT subject, COUNT(*) FROM audit_event WHERE action = 'ATTEMPT_SUBMITTED' GROUP BY subject")) {
                while (rows.next()) {
                    String subject = rows.getString(1);
                    if (subject != null && subject.startsWith("attempt ")) {
                        events.put(Long.parseLong(subject.substring("attempt ".length()).trim()), rows.getInt(2));
                    }
                }
            }
            return new Graded(attempts, events, countBy(db, "module_pass"), countBy(db, "certificate"));
        }

        private static Map<Long, Integer> countBy(Connection db, String table) throws SQLException {
            Map<Long, Integer> counts = new HashMap<>();
            try (var rows = db.createStatement().executeQuery("SELECT attempt_id, COUNT(*) FROM " + table
                    + " WHERE attempt_id IS NOT NULL GROUP BY attempt_id")) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getInt(2));
                }
            }
            return counts;
        }

        boolean submitted(long attempt) {
            Object[] row = attempts.get(attempt);
            return row != null && "SUBMITTED".equals(row[0]) && row[1] != null && row[2] != null;
        }

        Boolean passed(long attempt) {
            Object[] row = attempts.get(attempt);
            return row == null ? null : (Boolean) row[2];
        }

        /**
         * Everything wrong with one acknowledged submission: not graded, graded differently from
         * what the trainee was shown, graded more than once, a pass without exactly one module pass
         * and certificate, or a fail with one.
         */
        List<String> problems(long attempt, Boolean shownPassed) {
            List<String> problems = new ArrayList<>();
            if (!submitted(attempt)) {
                Object[] row = attempts.get(attempt);
                problems.add("LOST: attempt " + attempt + " is " + (row == null ? "missing" : row[0] + " score " + row[1]));
                return problems;
            }
            boolean passed = passed(attempt);
            if (shownPassed != null && shownPassed != passed) {
                problems.add("attempt " + attempt + " was shown as " + (shownPassed ? "passed" : "not passed") + " but is stored as "
                        + (passed ? "passed" : "failed"));
            }
            problems.addAll(consistency(attempt));
            return problems;
        }

        /** Graded exactly once, with a module pass and certificate exactly when passed. */
        List<String> consistency(long attempt) {
            List<String> problems = new ArrayList<>();
            boolean passed = Boolean.TRUE.equals(passed(attempt));
            int events = submittedEvents.getOrDefault(attempt, 0);
            if (events != 1) {
                problems.add("attempt " + attempt + " has " + events + " ATTEMPT_SUBMITTED audit events");
            }
            int expected = passed ? 1 : 0;
            if (passes.getOrDefault(attempt, 0) != expected) {
                problems.add("attempt " + attempt + " (" + (passed ? "passed" : "failed") + ") has " + passes.getOrDefault(attempt, 0)
                        + " module passes");
            }
            if (certificates.getOrDefault(attempt, 0) != expected) {
                problems.add("attempt " + attempt + " (" + (passed ? "passed" : "failed") + ") has "
                        + certificates.getOrDefault(attempt, 0) + " certificates");
            }
            return problems;
        }

        /** {@link #consistency} of every submitted attempt in the database, acknowledged or not. */
        List<String> allSubmittedConsistent() {
            List<String> problems = new ArrayList<>();
            for (long attempt : attempts.keySet()) {
                if (submitted(attempt)) {
                    problems.addAll(consistency(attempt));
                } else if (submittedEvents.containsKey(attempt) || passes.containsKey(attempt) || certificates.containsKey(attempt)) {
                    problems.add("open attempt " + attempt + " has a submission event, pass or certificate");
                }
            }
            return problems;
        }
    }

    // ------------------------------------------------------------------ the curriculum: lessons and answers

    /** The curriculum files ({@code modules/}, as PostgresIT reads them): lesson slugs, and each question by its stem. */
    static final class Curriculum {

        final List<ModuleContent> modules;
        private final Map<String, Map<String, QuestionContent>> questionsByModule = new HashMap<>();

        Curriculum() {
            var curriculum = CurriculumReader.read(Path.of(System.getProperty("dnacademy.modules", "modules")));
            modules = curriculum.modules().stream().sorted(java.util.Comparator.comparingInt(ModuleContent::order)).toList();
            for (ModuleContent module : modules) {
                questionsByModule.put(module.id(), module.questions().stream()
                        .collect(Collectors.toMap(q -> normalise(q.stem()), Function.identity(), (a, b) -> a)));
            }
        }

        ModuleContent module(String id) {
            return modules.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        }

        List<String> lessonSlugs(String module) {
            return module(module).lessons().stream().map(LessonContent::slug).toList();
        }

        /**
         * The options to tick on a question page: the correct ones, or a wrong choice (one option
         * that is not correct, alone).
         */
        List<String> choose(String module, Page takePage, boolean correct, Random random) {
            QuestionPage page = QuestionPage.of(takePage);
            QuestionContent content = questionsByModule.get(module).get(normalise(page.stem()));
            if (content == null) {
                throw new IllegalStateException("question not in the curriculum: " + page.stem());
            }
            Set<String> right = content.correctOptionIds();
            if (!page.optionKeys().containsAll(right)) {
                throw new IllegalStateException("page options " + page.optionKeys() + " do not contain " + right);
            }
            if (correct) {
                return List.copyOf(new java.util.TreeSet<>(right));
            }
            List<String> wrong = page.optionKeys().stream().filter(k -> !right.contains(k)).toList();
            return List.of(wrong.get(random.nextInt(wrong.size())));
        }
    }

    /** The parts of {@code quiz/take.xhtml} a script uses. */
    record QuestionPage(String stem, List<String> optionKeys, int revision, Map<String, String> hiddenFields, String action) {

        private static final Pattern STEM = Pattern.compile("(?s)<legend class=\"stem\">(.*?)</legend>");
        private static final Pattern OPTION = Pattern.compile("id=\"answer-([^\"]+)\"");
        private static final Pattern REVISION = Pattern.compile("name=\"revision\" id=\"revision\" value=\"(\\d+)\"");
        private static final Pattern QUIZ_FORM = Pattern.compile("(?s)(<form\\b[^>]*\\bid=\"quiz\"[^>]*>)(.*?)</form>");
        private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
        private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*type=\"hidden\"[^>]*>", Pattern.DOTALL);
        private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
        private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

        static QuestionPage of(Page page) {
            Matcher stem = STEM.matcher(page.body());
            Matcher revision = REVISION.matcher(page.body());
            Matcher form = QUIZ_FORM.matcher(page.body());
            if (!stem.find() || !revision.find() || !form.find()) {
                throw new IllegalStateException("not a question page: " + page.path() + " " + page.status() + "\n"
                        + abbreviate(page.text()));
            }
            List<String> keys = new ArrayList<>();
            Matcher option = OPTION.matcher(page.body());
            while (option.find()) {
                keys.add(option.group(1));
            }
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher input = HIDDEN.matcher(form.group(2));
            while (input.find()) {
                Matcher name = NAME.matcher(input.group());
                Matcher value = VALUE.matcher(input.group());
                if (name.find()) {
                    hidden.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
                }
            }
            Matcher action = ACTION.matcher(form.group(1));
            return new QuestionPage(unescape(stem.group(1)), keys, Integer.parseInt(revision.group(1)), hidden,
                    action.find() ? unescape(action.group(1)) : page.path());
        }

        /** The body quiz.js posts to the autosave API when an option is ticked. */
        String autosaveBody(List<String> answer) {
            return "revision=" + revision + answer.stream().map(a -> "&answer=" + enc(a)).collect(Collectors.joining());
        }

        /**
         * The body of the form post a browser sends when a button of the question page is pressed
         * after the script saved the answer: the ticked options and the revision after the script's.
         */
        String buttonBody(List<String> answer, String button) {
            Map<String, String> fields = new LinkedHashMap<>(hiddenFields);
            fields.put("revision", String.valueOf(revision + 1));
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            answer.forEach(a -> body.append("&answer=").append(enc(a)));
            body.append('&').append(enc("quiz:" + button)).append("=pressed");
            return body.toString();
        }
    }

    static final Pattern ATTEMPT_IN_URL = Pattern.compile("attempt=(\\d+)");
    static final Pattern RESULT = Pattern.compile("(Not passed|Passed)\\s*: you scored (\\d+)%");

    static long attemptIn(String url) {
        Matcher m = ATTEMPT_IN_URL.matcher(url == null ? "" : url);
        if (!m.find()) {
            throw new IllegalStateException("no attempt in " + url);
        }
        return Long.parseLong(m.group(1));
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    // ------------------------------------------------------------------ signing in

    /** Signs in; a "server is busy" answer (the bounded password hashing) is retried. */
    static void signIn(WebClient client, String email) {
        for (int attempt = 1; ; attempt++) {
            Page home = client.submit(client.get("/login.xhtml"), "login", Map.of("email", email, "password", ADMIN_PASSWORD), "submit");
            if (home.text().contains("Welcome")) {
                return;
            }
            if (attempt == 5 || !home.text().contains("busy")) {
                throw new IllegalStateException("could not sign in as " + email + ": " + abbreviate(home.text()));
            }
        }
    }

    // ------------------------------------------------------------------ measuring

    /**
     * Latencies and errors per request type. A request is an error when it fails, answers a status
     * outside 200-399, or shows the error or expired page; each type keeps a few examples.
     */
    static final class Recorder {

        private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        private final Map<String, List<String>> examples = new ConcurrentHashMap<>();
        private final List<String> order = Collections.synchronizedList(new ArrayList<>());

        void record(String type, long nanos) {
            micros.computeIfAbsent(type, t -> {
                order.add(t);
                return Collections.synchronizedList(new ArrayList<>());
            }).add(nanos / 1000);
        }

        void error(String type, String example) {
            errors.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
            List<String> list = examples.computeIfAbsent(type, t -> Collections.synchronizedList(new ArrayList<>()));
            if (list.size() < 5) {
                list.add(example);
            }
        }

        /**
         * Times one request. When it fails or {@link #isError} says so, counts an error and throws
         * {@link RequestFailed}: the flow cannot go on from an error page.
         */
        Page time(String type, Supplier<Page> request) {
            long start = System.nanoTime();
            Page page;
            try {
                page = request.get();
            } catch (AssertionError | RuntimeException failed) {
                record(type, System.nanoTime() - start);
                error(type, "request failed: " + rootMessage(failed));
                throw new RequestFailed(failed);
            }
            record(type, System.nanoTime() - start);
            if (isError(page)) {
                error(type, page.status() + " " + page.path() + ": " + abbreviate(page.text()));
                throw new RequestFailed(new IllegalStateException(page.status() + " " + page.path()));
            }
            return page;
        }

        /** Times a script's POST (autosave): {@code expected} statuses are fine, others are errors (and throw). */
        HttpResponse<String> timePost(String type, WebClient client, String path, String body, Map<String, String> headers,
                Set<Integer> expected) {
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = client.post(path, body, headers);
            } catch (IOException e) {
                record(type, System.nanoTime() - start);
                error(type, "request failed: " + rootMessage(e));
                throw new RequestFailed(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RequestFailed(e);
            }
            record(type, System.nanoTime() - start);
            if (!expected.contains(response.statusCode())) {
                error(type, response.statusCode() + " " + path + ": " + abbreviate(response.body()));
                throw new RequestFailed(new IllegalStateException(response.statusCode() + " " + path));
            }
            return response;
        }

        static boolean isError(Page page) {
            return page.status() < 200 || page.status() >= 400 || page.body().contains("Something went wrong")
                    || page.body().contains("This page has expired");
        }

        long count() {
            return micros.values().stream().mapToLong(List::size).sum();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(AtomicLong::get).sum();
        }

        Stats stats(String type) {
            return Stats.of(micros.getOrDefault(type, List.of()));
        }

        Stats overall() {
            List<Long> all = new ArrayList<>();
            micros.values().forEach(list -> {
                synchronized (list) {
                    all.addAll(list);
                }
            });
            return Stats.of(all);
        }

        /** A table: one line per request type, then all together; requests per second over {@code seconds}. */
        void print(String title, double seconds) {
            System.out.println();
            System.out.println(title);
            System.out.printf("  %-34s %8s %7s %8s %8s %8s %8s %9s%n", "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "req/s");
            List<String> types;
            synchronized (order) {
                types = new ArrayList<>(order);
            }
            for (String type : types) {
                printLine(type, stats(type), errors.getOrDefault(type, new AtomicLong()).get(), seconds);
            }
            printLine("ALL", overall(), errorCount(), seconds);
            errors.keySet().stream().filter(t -> !types.contains(t)).forEach(t ->
                    System.out.printf("  %-34s errors without a timing: %d%n", t, errors.get(t).get()));
            if (errorCount() > 0) {
                System.out.println("  error examples:");
                examples.forEach((type, list) -> list.forEach(e -> System.out.println("    [" + type + "] " + e)));
            }
        }

        private static void printLine(String type, Stats s, long errors, double seconds) {
            System.out.printf("  %-34s %8d %7d %8.1f %8.1f %8.1f %8.1f %9.1f%n", type, s.count, errors, s.p50, s.p95, s.p99, s.max,
                    s.count / seconds);
        }
    }

    /** Percentiles in milliseconds (nearest rank). */
    record Stats(int count, double p50, double p95, double p99, double max) {

        static Stats of(List<Long> micros) {
            List<Long> sorted;
            synchronized (micros) {
                sorted = new ArrayList<>(micros);
            }
            if (sorted.isEmpty()) {
                return new Stats(0, 0, 0, 0, 0);
            }
            Collections.sort(sorted);
            return new Stats(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
        }

        private static double rank(List<Long> sorted, double quantile) {
            int index = (int) Math.ceil(sorted.size() * quantile) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
        }
    }

    /** A request that did not get an answer (connection refused or reset). */
    static final class RequestFailed extends RuntimeException {
        RequestFailed(Throwable cause) {
            super(cause);
        }
    }

    static String rootMessage(Throwable failed) {
        Throwable t = failed;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** A figures line: what, measured, target, met or not. */
    static final class Figures {

        private final Map<String, String[]> rows = new HashMap<>();
        private final List<String> order = new ArrayList<>();

        void add(String what, String measured, String target, Boolean met) {
            if (!rows.containsKey(what)) {
                order.add(what);
            }
            rows.put(what, new String[] {measured, target, met == null ? "-" : met ? "MET" : "NOT MET"});
        }

        void print(String title) {
            System.out.println();
            System.out.println("==== " + title + " ====");
            int width = order.stream().mapToInt(String::length).max().orElse(10);
            System.out.printf("  %-" + width + "s  %-34s %-22s %s%n", "figure", "measured", "target", "");
            for (String what : order) {
                String[] row = rows.get(what);
                System.out.printf("  %-" + width + "s  %-34s %-22s %s%n", what, row[0], row[1], row[2]);
            }
        }
    }

    static String mb(long kb) {
        return kb < 0 ? "n/a" : String.format("%.0f MB", kb / 1024.0);
    }
}
