package org.dnacademy.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dnacademy.benchmark.BenchmarkSupport.Curriculum;
import org.dnacademy.benchmark.BenchmarkSupport.Figures;
import org.dnacademy.benchmark.BenchmarkSupport.Graded;
import org.dnacademy.benchmark.BenchmarkSupport.QuestionPage;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;

/**
 * The steps of {@code docker/failover-test.sh}, which starts PostgreSQL, two instances and HAProxy
 * on loopback and runs one phase of this class at a time against the balancer, with the database
 * read directly to check what was stored. Unlike the benchmarks this is a test: each phase prints
 * its figures, appends a PASS or FAIL line per check to {@code -Dresults}, and exits 1 when a
 * check failed.
 * <ul>
 * <li>{@code cluster}: two instances started together on an empty database loaded the curriculum
 * once and created one first administrator; the registration limit per address holds across
 * both instances.</li>
 * <li>{@code failover}: a trainee answers half a quiz, the instance serving them is killed with
 * {@code kill -9}; the next post answers no server error, one sign-in on the other instance
 * resumes the attempt with every saved answer, the submission is graded once; the timers' leases
 * pass to the survivor.</li>
 * <li>{@code submissions}: 200 trainees submit at the same moment through the balancer; each
 * acknowledged submission is graded exactly once.</li>
 * <li>{@code graceful}: an instance stopped with {@code SIGTERM} under load: no request fails.</li>
 * </ul>
 * Properties: {@code -Dlb=http://127.0.0.1:PORT/ -Djdbc=... -Djdbc.user -Djdbc.password
 * -Dinstances=app1=PID,app2=PID -Dlogs=DIR -Dresults=FILE -Dkilled.file=FILE -Dregistrations=4
 * -Dstop=app2 -Dtrainees=200}.
 */
public final class FailoverDrill {

    private static final String MODULE = "foundations";
    private static final String NODE_COOKIE = "DNA_NODE";
    private static final Map<String, String> AUTOSAVE = Map.of("X-DNA-Autosave", "1");
    private static final Pattern CHECKED = Pattern.compile("<input\\b[^>]*\\bname=\"answer\"[^>]*>");
    private static final Pattern OPTION_VALUE = Pattern.compile("\\bvalue=\"([^\"]+)\"");

    private final URI lb = URI.create(required("lb"));
    private final Map<String, Long> instances = instances(required("instances"));
    private final Curriculum curriculum = new Curriculum();
    private final Figures figures = new Figures();
    private final List<String> results = new ArrayList<>();
    private boolean failed;

    private FailoverDrill() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSupport.browserLikeConnections();
        if (args.length != 1) {
            throw new IllegalArgumentException("one phase: cluster, failover, submissions or graceful");
        }
        var drill = new FailoverDrill();
        switch (args[0]) {
            case "cluster" -> drill.cluster();
            case "failover" -> drill.failover();
            case "submissions" -> drill.submissions();
            case "graceful" -> drill.graceful();
            default -> throw new IllegalArgumentException("no phase " + args[0]);
        }
        System.exit(drill.finish("failover drill, " + args[0]));
    }

    // ------------------------------------------------------------------ cluster

    private void cluster() throws Exception {
        int modules = curriculum.modules.size();
        try (Connection db = db()) {
            long versions = count(db, "SELECT COUNT(*) FROM module_version");
            long current = count(db, "SELECT COUNT(*) FROM module_version WHERE is_current = TRUE");
            check("module versions after two instances started together on an empty database", versions + " (" + current + " current)",
                    modules + " (one per module)", versions == modules && current == modules);
            long firstAdmin = count(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'FIRST_ADMIN_CREATED'");
            long admins = count(db, "SELECT COUNT(*) FROM account WHERE role = 'ADMIN'");
            check("first administrators created", firstAdmin + " event(s), " + admins + " account(s)", "1, 1", firstAdmin == 1 && admins == 1);
            long migrations = count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL");
            long distinct = count(db, "SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL");
            check("migrations applied once each", migrations + " rows for " + distinct + " versions", "equal", migrations == distinct);
        }
        List<String> loaders = new ArrayList<>();
        for (String name : instances.keySet()) {
            String log = Files.readString(Path.of(required("logs"), name + ".log"));
            Matcher loaded = Pattern.compile("Curriculum from .*?: \\d+ modules; new versions \\[([^\\]]*)\\]").matcher(log);
            if (loaded.find() && !loaded.group(1).isBlank()) {
                loaders.add(name);
            }
        }
        check("instances that created the curriculum versions", loaders.toString(), "exactly one", loaders.size() == 1);

        // Each new visitor is sent to the next instance in turn; the limit is counted in the database.
        int limit = Integer.getInteger("registrations", 4);
        List<String> servedBy = new ArrayList<>();
        int allowed = 0;
        String refusal = "";
        for (int i = 1; i <= limit + 1; i++) {
            var visitor = BenchmarkSupport.browser(lb);
            String email = "throttle" + i + "-" + System.nanoTime() + "@drill.example";
            Page done = visitor.submit(visitor.get("/register.xhtml"), "register", Map.of("name", "Throttle " + i, "email", email,
                    "password", "a drill passphrase " + i, "confirmation", "a drill passphrase " + i), "submit");
            servedBy.add(visitor.cookie(NODE_COOKIE).orElse("?"));
            if (done.text().contains("Your account has been created")) {
                allowed++;
            } else if (done.text().contains("Too many registrations from your network")) {
                refusal = "refused";
            }
        }
        check("registrations from one address through the balancer, limit " + limit + " per hour",
                allowed + " allowed, then " + (refusal.isEmpty() ? "not refused" : refusal) + "; served by " + servedBy,
                limit + " allowed, then refused", allowed == limit && !refusal.isEmpty());
        check("those registrations were served by both instances", new TreeSet<>(servedBy).toString(), instances.keySet().toString(),
                servedBy.containsAll(instances.keySet()));
    }

    // ------------------------------------------------------------------ failover

    private void failover() throws Exception {
        String email;
        try (Connection db = db()) {
            var trainees = BenchmarkSupport.createTrainees(db, "failover" + System.currentTimeMillis() % 100_000, 1);
            email = trainees.keySet().iterator().next();
            BenchmarkSupport.markLessonsRead(db, trainees.get(email), MODULE, Integer.MAX_VALUE);
            db.commit();
        }
        int questions = curriculum.module(MODULE).quiz().questionsPerAttempt();
        int half = questions / 2;
        Random random = new Random(15);
        WebClient web = BenchmarkSupport.browser(lb);
        BenchmarkSupport.signIn(web, email);
        Page start = web.getRaw("/quiz/start.xhtml?module=" + MODULE);
        long attempt = BenchmarkSupport.attemptIn(web.submitRaw(start, "start", Map.of(), "go").location());

        Map<Integer, List<String>> given = new LinkedHashMap<>();
        Set<String> before = new TreeSet<>();
        Page page = null;
        for (int q = 1; q <= half; q++) {
            page = web.getRaw("/quiz/take.xhtml?attempt=" + attempt + "&q=" + q);
            before.add(web.cookie(NODE_COOKIE).orElse("?"));
            List<String> answer = curriculum.choose(MODULE, page, true, random);
            given.put(q, answer);
            answerOne(web, attempt, q, page, answer, q % 2 == 0);
        }
        String serving = before.iterator().next();
        check("the trainee's requests before the failure went to one instance (sticky)", before.toString(), "one", before.size() == 1);

        // The next question is on screen when the instance dies: its view state lives only there.
        Page onScreen = web.getRaw("/quiz/take.xhtml?attempt=" + attempt + "&q=" + (half + 1));
        long killedAt = System.nanoTime();
        ProcessHandle.of(instances.get(serving)).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
        Files.writeString(Path.of(required("killed.file")), serving);
        System.out.printf("killed %s (pid %d) with kill -9 after %d answers%n", serving, instances.get(serving), half);

        List<String> answer = curriculum.choose(MODULE, onScreen, true, random);
        QuestionPage form = QuestionPage.of(onScreen);
        Page afterFailure = web.postBody(form.action(), "application/x-www-form-urlencoded",
                form.buttonBody(answer, "next").getBytes(StandardCharsets.UTF_8), Map.of());
        double firstAnswerSeconds = (System.nanoTime() - killedAt) / 1e9;
        Page shown = afterFailure.isRedirect() ? web.get(afterFailure.location()) : afterFailure;
        check("first post after the failure (view state of the dead instance)", afterFailure.status() + " -> " + shown.path()
                        + String.format(" after %.2f s", firstAnswerSeconds),
                "no server error: the sign-in page or the expired page", afterFailure.status() < 500 && shown.status() < 500
                        && (shown.path().endsWith("/login.xhtml") || shown.text().contains("This page has expired")));
        HttpResponse<String> autosave = web.post("/api/attempts/" + attempt + "/questions/" + (half + 1),
                form.autosaveBody(answer), AUTOSAVE);
        check("an automatic save after the failure", autosave.statusCode() + " " + autosave.body(), "401 (signed out), no server error",
                autosave.statusCode() == 401);

        BenchmarkSupport.signIn(web, email);
        String survivor = web.cookie(NODE_COOKIE).orElse("?");
        check("one sign-in later the trainee is served by", survivor, "the other instance",
                !survivor.equals(serving) && instances.containsKey(survivor));
        int intact = 0;
        for (int q = 1; q <= half; q++) {
            Page resumed = web.getRaw("/quiz/take.xhtml?attempt=" + attempt + "&q=" + q);
            if (checkedOptions(resumed).equals(new TreeSet<>(given.get(q)))) {
                intact++;
            }
        }
        check("answers saved before the failure, shown on the other instance", intact + " of " + half, half + " of " + half, intact == half);
        for (int q = half + 1; q <= questions; q++) {
            page = web.getRaw("/quiz/take.xhtml?attempt=" + attempt + "&q=" + q);
            List<String> next = curriculum.choose(MODULE, page, true, random);
            given.put(q, next);
            answerOne(web, attempt, q, page, next, q % 2 == 0);
        }
        Page submitPage = web.getRaw("/quiz/submit.xhtml?attempt=" + attempt);
        Page ack = web.submitRaw(submitPage, "submit", Map.of(), "confirm");
        Page again = web.submitRaw(submitPage, "submit", Map.of(), "confirm");
        Page result = web.getRaw(ack.location() == null ? "/" : ack.location());
        Matcher shownResult = BenchmarkSupport.RESULT.matcher(result.text());
        boolean passedShown = shownResult.find() && shownResult.group(1).equals("Passed");
        check("submission on the other instance (and the same post once more)", ack.status() + " " + ack.location() + "; again "
                + again.status() + "; result " + (passedShown ? shownResult.group() : "not shown"), "acknowledged, passed",
                ack.isRedirect() && ack.location().contains("review.xhtml?attempt=" + attempt) && again.status() < 500 && passedShown);

        try (Connection db = db()) {
            Graded graded = Graded.read(db);
            List<String> problems = graded.problems(attempt, passedShown);
            check("the attempt in the database: submitted, graded once, one pass and one certificate",
                    problems.isEmpty() ? "as shown" : problems.toString(), "no problem", problems.isEmpty());
            Map<Integer, Set<String>> stored = new HashMap<>();
            try (var statement = db.prepareStatement("SELECT position, chosen FROM attempt_question WHERE attempt_id = ?")) {
                statement.setLong(1, attempt);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getInt(1), keys(rows.getString(2)));
                    }
                }
            }
            long same = given.entrySet().stream().filter(e -> new TreeSet<>(e.getValue()).equals(stored.get(e.getKey()))).count();
            check("every answer stored as given, once", same + " of " + questions + " positions (" + stored.size() + " rows)",
                    questions + " of " + questions, same == questions && stored.size() == questions);

            // The timers' leases pass to the survivor once the dead holder's have run out.
            long pid = instances.get(survivor);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            List<String> held;
            do {
                Thread.sleep(500);
                held = holders(db, "overdue-attempts", "outbox");
            } while (!held.stream().allMatch(holder -> holder.contains("/" + pid + "/")) && System.nanoTime() < deadline);
            double takeover = (System.nanoTime() - killedAt) / 1e9;
            boolean taken = held.stream().allMatch(holder -> holder.contains("/" + pid + "/"));
            check("the timers' leases (overdue attempts, outbox) held by the survivor", String.format("%s after %.1f s", taken, takeover),
                    "within 30 s of the kill", taken && takeover <= 30);
        }
    }

    /** Saves an answer as the page's script does (automatic save), or by pressing "Save and next". */
    private void answerOne(WebClient web, long attempt, int q, Page page, List<String> answer, boolean withButton)
            throws IOException, InterruptedException {
        QuestionPage question = QuestionPage.of(page);
        if (withButton && q < curriculum.module(MODULE).quiz().questionsPerAttempt()) {
            Page next = web.postBody(question.action(), "application/x-www-form-urlencoded",
                    question.buttonBody(answer, "next").getBytes(StandardCharsets.UTF_8), Map.of());
            if (!next.isRedirect() || !next.location().contains("q=" + (q + 1))) {
                throw new IllegalStateException("Save and next on question " + q + " answered " + next.status() + " " + next.location());
            }
        } else {
            HttpResponse<String> saved = web.post("/api/attempts/" + attempt + "/questions/" + q, question.autosaveBody(answer), AUTOSAVE);
            if (saved.statusCode() != 204) {
                throw new IllegalStateException("automatic save of question " + q + " answered " + saved.statusCode() + " " + saved.body());
            }
        }
    }

    private static Set<String> checkedOptions(Page page) {
        Set<String> checked = new TreeSet<>();
        Matcher input = CHECKED.matcher(page.body());
        while (input.find()) {
            Matcher value = OPTION_VALUE.matcher(input.group());
            if (input.group().contains("checked=\"checked\"") && value.find()) {
                checked.add(value.group(1));
            }
        }
        return checked;
    }

    private static Set<String> keys(String chosen) {
        return chosen == null ? Set.of() : Arrays.stream(chosen.split("[^A-Za-z0-9_-]+")).filter(k -> !k.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> holders(Connection db, String... jobs) throws SQLException {
        List<String> holders = new ArrayList<>();
        for (String job : jobs) {
            try (var statement = db.prepareStatement("SELECT holder FROM job_lease WHERE job = ?")) {
                statement.setString(1, job);
                try (var rows = statement.executeQuery()) {
                    holders.add(rows.next() ? rows.getString(1) : "(none)");
                }
            }
            db.commit();
        }
        return holders;
    }

    // ------------------------------------------------------------------ submissions

    /** One trainee of the submissions phase and what happened to their submission. */
    private static final class Taker {
        final String email;
        final WebClient web;
        long attempt;
        Page submitPage;
        String preparedOn;
        String submittedOn;
        Boolean shownPassed;
        boolean acknowledged;
        long micros;
        String error;

        Taker(String email, WebClient web) {
            this.email = email;
            this.web = web;
        }
    }

    private void submissions() throws Exception {
        int count = Integer.getInteger("trainees", 200);
        Map<String, Long> accounts;
        try (Connection db = db()) {
            accounts = BenchmarkSupport.createTrainees(db, "load" + System.currentTimeMillis() % 100_000, count);
            for (long id : accounts.values()) {
                BenchmarkSupport.markLessonsRead(db, id, MODULE, Integer.MAX_VALUE);
            }
            db.commit();
        }
        List<Taker> takers = accounts.keySet().stream().map(email -> new Taker(email, BenchmarkSupport.browser(lb))).toList();
        int questions = curriculum.module(MODULE).quiz().questionsPerAttempt();

        // Sign-in and answers, 16 at a time: password hashing is bounded per instance anyway.
        long prepareStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> prepared = new ArrayList<>();
        for (int i = 0; i < takers.size(); i++) {
            Taker taker = takers.get(i);
            Random random = new Random(i);
            prepared.add(pool.submit(() -> {
                try {
                    BenchmarkSupport.signIn(taker.web, taker.email);
                    Page start = taker.web.getRaw("/quiz/start.xhtml?module=" + MODULE);
                    taker.attempt = BenchmarkSupport.attemptIn(taker.web.submitRaw(start, "start", Map.of(), "go").location());
                    boolean correct = random.nextBoolean();
                    for (int q = 1; q <= questions; q++) {
                        Page page = taker.web.getRaw("/quiz/take.xhtml?attempt=" + taker.attempt + "&q=" + q);
                        answerOne(taker.web, taker.attempt, q, page, curriculum.choose(MODULE, page, correct, random), false);
                    }
                    taker.submitPage = taker.web.getRaw("/quiz/submit.xhtml?attempt=" + taker.attempt);
                    taker.preparedOn = taker.web.cookie(NODE_COOKIE).orElse("?");
                } catch (Exception | AssertionError e) {
                    taker.error = "preparing: " + BenchmarkSupport.rootMessage(e);
                }
                return null;
            }));
        }
        for (Future<?> future : prepared) {
            future.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double prepareSeconds = (System.nanoTime() - prepareStart) / 1e9;
        List<Taker> ready = takers.stream().filter(t -> t.submitPage != null).toList();
        check("trainees signed in with every answer saved, through the balancer", ready.size() + " of " + count
                + String.format(" in %.0f s", prepareSeconds), count + " of " + count, ready.size() == count);

        CyclicBarrier together = new CyclicBarrier(ready.size() + 1);
        List<Thread> threads = new ArrayList<>();
        for (Taker taker : ready) {
            Thread thread = new Thread(() -> {
                try {
                    together.await(2, TimeUnit.MINUTES);
                    long began = System.nanoTime();
                    Page ack = taker.web.submitRaw(taker.submitPage, "submit", Map.of(), "confirm");
                    taker.micros = (System.nanoTime() - began) / 1000;
                    taker.submittedOn = taker.web.cookie(NODE_COOKIE).orElse("?");
                    if (ack.isRedirect() && ack.location().contains("review.xhtml?attempt=" + taker.attempt)) {
                        taker.acknowledged = true;
                        Matcher result = BenchmarkSupport.RESULT.matcher(taker.web.getRaw(ack.location()).text());
                        taker.shownPassed = result.find() ? result.group(1).equals("Passed") : null;
                    } else {
                        taker.error = "submit answered " + ack.status() + " " + ack.location();
                    }
                } catch (Exception | AssertionError e) {
                    taker.error = "submitting: " + BenchmarkSupport.rootMessage(e);
                }
            }, "submit-" + taker.email);
            thread.start();
            threads.add(thread);
        }
        together.await(2, TimeUnit.MINUTES);
        long submitStart = System.nanoTime();
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(3));
        }
        double submitSeconds = (System.nanoTime() - submitStart) / 1e9;

        List<Taker> acknowledged = ready.stream().filter(t -> t.acknowledged).toList();
        List<String> problems = new ArrayList<>();
        int passed = 0;
        try (Connection db = db()) {
            Graded graded = Graded.read(db);
            for (Taker taker : acknowledged) {
                problems.addAll(graded.problems(taker.attempt, taker.shownPassed));
                if (Boolean.TRUE.equals(taker.shownPassed)) {
                    passed++;
                }
                if (taker.shownPassed == null) {
                    problems.add("attempt " + taker.attempt + ": the result page showed no result");
                }
            }
            problems.addAll(graded.allSubmittedConsistent());
        }
        List<Long> latencies = acknowledged.stream().map(t -> t.micros).collect(Collectors.toCollection(ArrayList::new));
        var stats = BenchmarkSupport.Stats.of(Collections.synchronizedList(latencies));
        Map<String, Long> byInstance = acknowledged.stream().collect(Collectors.groupingBy(t -> t.submittedOn, java.util.TreeMap::new,
                Collectors.counting()));
        List<String> errors = ready.stream().filter(t -> t.error != null).map(t -> t.email + ": " + t.error).toList();
        check("simultaneous submissions acknowledged", acknowledged.size() + " of " + ready.size() + " (" + passed + " passed)",
                ready.size() + " of " + ready.size(), acknowledged.size() == ready.size());
        check("errors answered to those submissions", errors.size() + (errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(3, errors.size()))),
                "0", errors.isEmpty());
        check("acknowledged submissions graded exactly once, as shown (with one pass and certificate per pass)",
                problems.isEmpty() ? "all " + acknowledged.size() : problems.size() + " problems " + problems.subList(0, Math.min(5, problems.size())),
                "all", problems.isEmpty());
        figures.add("submissions per instance", byInstance.toString(), "", null);
        figures.add("submission latency (all at once)", String.format("p50 %.0f ms, p95 %.0f ms, max %.0f ms", stats.p50(), stats.p95(),
                stats.max()), "", null);
        figures.add("all submissions answered in", String.format("%.1f s", submitSeconds), "", null);
    }

    // ------------------------------------------------------------------ graceful stop

    private void graceful() throws Exception {
        String stopping = System.getProperty("stop", "app2");
        long pid = instances.get(stopping);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger servedByStoppingAfterSignal = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> servedBy = new ConcurrentHashMap<>();
        AtomicBoolean signalled = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    // A new visitor each time, so the balancer spreads them over both instances.
                    var visitor = BenchmarkSupport.browser(lb);
                    try {
                        Page page = visitor.getRaw(requests.incrementAndGet() % 2 == 0 ? "/login.xhtml" : "/register.xhtml");
                        String node = visitor.cookie(NODE_COOKIE).orElse("?");
                        servedBy.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
                        if (signalled.get() && node.equals(stopping)) {
                            servedByStoppingAfterSignal.incrementAndGet();
                        }
                        if (page.status() != 200) {
                            errors.add(page.status() + " " + page.path() + " from " + node);
                        }
                    } catch (AssertionError | RuntimeException e) {
                        errors.add(BenchmarkSupport.rootMessage(e));
                    }
                }
            }, "visitor-" + c);
            client.start();
            clients.add(client);
        }
        // Both instances serve before the signal (or the test would prove nothing).
        long bothDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!servedBy.keySet().containsAll(instances.keySet()) && System.nanoTime() < bothDeadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        int beforeSignal = requests.get();
        Map<String, Integer> beforeBy = new java.util.TreeMap<>();
        servedBy.forEach((node, n) -> beforeBy.put(node, n.get()));
        long signalledAt = System.nanoTime();
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        signalled.set(true);
        process.destroy(); // SIGTERM
        boolean exited;
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
            exited = true;
        } catch (java.util.concurrent.TimeoutException e) {
            exited = false;
        }
        double exitSeconds = (System.nanoTime() - signalledAt) / 1e9;
        Thread.sleep(3000);
        running.set(false);
        for (Thread client : clients) {
            client.join(30_000);
        }
        check("requests failed while " + stopping + " stopped (SIGTERM) under load", errors.size() + " of " + requests.get()
                + (errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(5, errors.size()))), "0", errors.isEmpty());
        check(stopping + " exited after SIGTERM", exited ? String.format("in %.1f s", exitSeconds) : "not within 60 s", "within 60 s", exited);
        check("both instances served before the signal", beforeBy.toString(), instances.keySet().toString(),
                beforeBy.keySet().containsAll(instances.keySet()));
        figures.add("requests before / after the signal", beforeSignal + " / " + (requests.get() - beforeSignal), "", null);
        figures.add("requests " + stopping + " still served after the signal", String.valueOf(servedByStoppingAfterSignal.get()), "", null);
        figures.add("served by", new java.util.TreeMap<>(servedBy).toString(), "", null);
    }

    // ------------------------------------------------------------------ plumbing

    private void check(String what, String measured, String target, boolean met) {
        figures.add(what, measured, target, met);
        results.add((met ? "PASS " : "FAIL ") + what + ": " + measured);
        failed |= !met;
    }

    private int finish(String title) throws IOException {
        figures.print(title);
        Files.write(Path.of(required("results")), results, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return failed ? 1 : 0;
    }

    private static Connection db() throws SQLException {
        Connection db = DriverManager.getConnection(required("jdbc"), required("jdbc.user"), required("jdbc.password"));
        db.setAutoCommit(false);
        return db;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> instances(String list) {
        Map<String, Long> instances = new LinkedHashMap<>();
        for (String pair : list.split(",")) {
            String[] parts = pair.split("=");
            instances.put(parts[0].strip(), Long.parseLong(parts[1].strip()));
        }
        return instances;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + property + " is required");
        }
        return value;
    }
}
