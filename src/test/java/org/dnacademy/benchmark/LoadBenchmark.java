package org.dnacademy.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;

import org.dnacademy.benchmark.BenchmarkSupport.Curriculum;
import org.dnacademy.benchmark.BenchmarkSupport.Figures;
import org.dnacademy.benchmark.BenchmarkSupport.Graded;
import org.dnacademy.benchmark.BenchmarkSupport.MemorySampler;
import org.dnacademy.benchmark.BenchmarkSupport.QuestionPage;
import org.dnacademy.benchmark.BenchmarkSupport.Recorder;
import org.dnacademy.benchmark.BenchmarkSupport.RequestFailed;
import org.dnacademy.benchmark.BenchmarkSupport.Server;
import org.dnacademy.benchmark.BenchmarkSupport.Stats;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;
import org.dnacademy.training.content.ModuleContent;

/**
 * The design's load targets on one microbundle ({@code -Xmx512m}, embedded Derby, a throw-away data
 * folder), phase after phase on the same server, with its resident memory sampled every second:
 * <ul>
 * <li>{@code users}: 1,000 trainees with 30-90 s think time reading lessons and taking quizzes
 * (zero errors, p95 under 200 ms);</li>
 * <li>{@code submissions}: the graded submit of prepared attempts, first closed-loop at 64 concurrent
 * clients (the peak rate), then open-loop, arriving at 200 per second (all graded, p95 at most
 * 100 ms), each acknowledged one checked afterwards in the database to be graded exactly once;</li>
 * <li>{@code lessons}: lesson page throughput against the trivial Faces page ({@code /about.xhtml}),
 * 50 clients (at least 80%), and the dashboard's for reference;</li>
 * <li>resident memory under load at most 700 MB.</li>
 * </ul>
 * Trainees are written into Derby while the server is stopped, with the administrator's password
 * hash, and signed in before anything is measured. Not a test: it prints figures, and exits 1 only
 * when a correctness check fails (an error answer, a lost or doubly graded submission).
 * Run it as the README says; properties: {@code -Dphases=users,submissions,lessons -Dusers=1000
 * -Dduration=300 -Dramp=60 -DthinkMin=30 -DthinkMax=90 -Dsubmissions=2000 -Dclients=64
 * -DclosedLoopSubmissions=1000 -DsubmissionRate=200 -DopenLoopThreads=256
 * -DlessonClients=50 -DlessonSeconds=30 -Dseed=1}.
 */
public final class LoadBenchmark {

    private static final List<String> PHASES = Arrays.asList(System.getProperty("phases", "users,submissions,lessons").split(","));
    private static final int USERS = Integer.getInteger("users", 1000);
    private static final int DURATION = Integer.getInteger("duration", 300);
    private static final int RAMP = Integer.getInteger("ramp", 60);
    private static final int THINK_MIN = Integer.getInteger("thinkMin", 30);
    private static final int THINK_MAX = Integer.getInteger("thinkMax", 90);
    private static final int SUBMISSIONS = Integer.getInteger("submissions", 2000);
    private static final int CLIENTS = Integer.getInteger("clients", 64);
    /** Of the prepared submissions, after the warm-up, this many go closed-loop at {@link #CLIENTS}; the rest open-loop. */
    private static final int CLOSED_LOOP = Integer.getInteger("closedLoopSubmissions", 1000);
    private static final String RATE_PROPERTY = "submissionRate";
    private static final int SUBMISSION_RATE = Integer.getInteger(RATE_PROPERTY, 200);
    private static final int OPEN_LOOP_THREADS = Integer.getInteger("openLoopThreads", 256);
    private static final int LESSON_CLIENTS = Integer.getInteger("lessonClients", 50);
    private static final int LESSON_SECONDS = Integer.getInteger("lessonSeconds", 30);
    private static final int LESSON_WARMUP = Integer.getInteger("lessonWarmup", 15);
    private static final int PREPARE_THREADS = Integer.getInteger("prepareThreads", 12);
    private static final long SEED = Long.getLong("seed", 1);
    /** Chance that a simulated trainee answers a question correctly. */
    private static final double CORRECT = 0.9;
    private static final Map<String, String> AUTOSAVE = Map.of("X-DNA-Autosave", "1");
    private static final String FOUNDATIONS = "foundations";

    private final Curriculum curriculum = new Curriculum();
    private final Figures figures = new Figures();
    private final MemorySampler memory = new MemorySampler();
    /** Every submission the server acknowledged, with what the result page said (null if not looked at). */
    private final Map<Long, Boolean> acknowledged = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private long totalErrors;
    private Server server;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSupport.browserLikeConnections();
        int exit = new LoadBenchmark().run();
        System.exit(exit);
    }

    private int run() throws Exception {
        Path dataDir = Files.createTempDirectory("dna-load-benchmark-");
        int port = org.dnacademy.testing.MicrobundleProcess.freePort();
        Map<String, String> environment = Map.of("DNA_QUIZ_COOLDOWN_SECONDS", "0");
        System.out.printf("LoadBenchmark: phases %s, data in %s, %d cores, client JVM max heap %d MB%n", PHASES, dataDir,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // 1. A first start creates the schema and loads the curriculum; 2. trainees are written with JDBC.
        memory.phase("first start");
        try (var first = Server.start(dataDir, port, "first.log", environment)) {
            memory.watch(first.pid);
        }
        Random random = new Random(SEED);
        List<UserSeed> userSeeds = new ArrayList<>();
        List<String> submitters;
        List<String> readers;
        try (Connection db = BenchmarkSupport.database(dataDir)) {
            if (PHASES.contains("users")) {
                userSeeds = seedUsers(db, random);
            }
            submitters = PHASES.contains("submissions") ? seedAllRead(db, "sub", SUBMISSIONS) : List.of();
            readers = PHASES.contains("lessons")
                    ? new ArrayList<>(BenchmarkSupport.createTrainees(db, "les", LESSON_CLIENTS).keySet()) : List.of();
            db.commit();
        }
        BenchmarkSupport.shutdownDatabase(dataDir);

        // 3. The measured server.
        memory.phase("start-up");
        server = Server.start(dataDir, port, "load.log", environment);
        memory.watch(server.pid);
        System.out.printf("server pid %d ready, first page after %.1f s%n", server.pid, server.secondsToFirstPage);
        figures.add("start-up to first page (after data load)", String.format("%.1f s", server.secondsToFirstPage), "<= 15 s",
                server.secondsToFirstPage <= 15);
        memory.phase("idle");
        Thread.sleep(5000);
        try {
            for (String phase : PHASES) {
                switch (phase.trim()) {
                    case "users" -> users(userSeeds, random);
                    case "submissions" -> submissions(submitters);
                    case "lessons" -> lessons(readers);
                    default -> throw new IllegalArgumentException("unknown phase " + phase);
                }
            }
        } finally {
            memory.phase("end");
            server.close();
            memory.close();
        }

        // 4. Every acknowledged submission, graded exactly once: read after the server stopped.
        verify(dataDir);

        Map<String, Long> rss = memory.maxKbByPhase();
        rss.forEach((phase, kb) -> figures.add("resident memory max, " + phase, BenchmarkSupport.mb(kb), "<= 700 MB",
                phase.equals("first start") || phase.equals("start-up") || phase.equals("end") ? null : kb <= 700 * 1024));
        long underLoad = rss.entrySet().stream().filter(e -> !List.of("first start", "start-up", "idle", "end").contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).max().orElse(-1);
        figures.add("resident memory max under load (all phases)", BenchmarkSupport.mb(underLoad), "<= 700 MB", underLoad <= 700 * 1024);
        memory.gcByPhase().forEach((phase, gc) -> figures.add("server GC, " + phase, gc, "", null));
        memory.cpuByPhase().forEach((phase, cpu) -> figures.add("CPU cores used, " + phase, cpu, "", null));
        figures.add("errors, all phases (incl. sign-in and preparation)", String.valueOf(totalErrors), "0", totalErrors == 0);
        figures.add("acknowledged submissions checked in the database", acknowledged.size() + ", problems: " + problems.size(), "0 problems",
                problems.isEmpty());
        figures.print("LoadBenchmark figures (2 cores shared by server and load generator; server -Xmx512m)");
        if (!problems.isEmpty()) {
            System.out.println("Correctness problems:");
            problems.stream().limit(50).forEach(p -> System.out.println("  " + p));
        }
        boolean failed = totalErrors > 0 || !problems.isEmpty();
        System.out.println(failed ? "RESULT: correctness check FAILED" : "RESULT: correctness checks passed");
        return failed ? 1 : 0;
    }

    // ====================================================================== users

    /** Where a simulated trainee starts, so that every kind of request occurs within a few minutes. */
    private record UserSeed(String email, int kind, int lessonsRead, int answered) {
    }

    /**
     * 40% start reading the foundations lessons (some already read), 30% have read them all and go
     * to the quiz, 30% are in the middle of a quiz (started, some answered, during the warm-up).
     */
    private List<UserSeed> seedUsers(Connection db, Random random) throws Exception {
        var trainees = BenchmarkSupport.createTrainees(db, "user", USERS);
        int lessons = curriculum.lessonSlugs(FOUNDATIONS).size();
        int questions = curriculum.module(FOUNDATIONS).quiz().questionsPerAttempt();
        List<UserSeed> seeds = new ArrayList<>();
        for (var trainee : trainees.entrySet()) {
            double r = random.nextDouble();
            int kind = r < 0.4 ? 0 : r < 0.7 ? 1 : 2;
            int read = kind == 0 ? random.nextInt(lessons) : lessons;
            BenchmarkSupport.markLessonsRead(db, trainee.getValue(), FOUNDATIONS, read);
            seeds.add(new UserSeed(trainee.getKey(), kind, read, kind == 2 ? random.nextInt(questions) : 0));
        }
        return seeds;
    }

    private List<String> seedAllRead(Connection db, String prefix, int count) throws Exception {
        var trainees = BenchmarkSupport.createTrainees(db, prefix, count);
        for (long id : trainees.values()) {
            BenchmarkSupport.markLessonsRead(db, id, FOUNDATIONS, Integer.MAX_VALUE);
        }
        return new ArrayList<>(trainees.keySet());
    }

    private enum Step { CATALOG, LESSON, READ, START_PAGE, START, QUESTION, CONFIRM, IDLE }

    /** One simulated trainee: where they are in the programme and the page in front of them. */
    private final class User {
        final WebClient web = BenchmarkSupport.browser(server.base);
        final String email;
        final Random random;
        int module;
        int lesson;
        Page page;
        long attempt;
        int position;
        Step next = Step.CATALOG;
        Step afterCatalog = Step.LESSON;

        User(String email, long seed) {
            this.email = email;
            this.random = new Random(seed);
        }

        ModuleContent moduleContent() {
            return curriculum.modules.get(Math.min(module, curriculum.modules.size() - 1));
        }

        String lessonPath(int index) {
            return "/training/lesson.xhtml?module=" + moduleContent().id() + "&lesson=" + curriculum.lessonSlugs(moduleContent().id()).get(index);
        }
    }

    private void users(List<UserSeed> seeds, Random random) throws Exception {
        System.out.printf("%nusers: %d trainees, think %d-%d s, started over %d s, %d s in all%n", seeds.size(), THINK_MIN, THINK_MAX, RAMP,
                DURATION);
        memory.phase("users: sign-in warm-up");
        Recorder warmup = new Recorder();
        List<User> users = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        runAll(PREPARE_THREADS, seeds, seed -> {
            User user = new User(seed.email(), random.nextLong());
            warmup.time("sign-in (login page + POST + home)", () -> {
                BenchmarkSupport.signIn(user.web, seed.email());
                return new Page("/index.xhtml", 200, "", null, Map.of());
            });
            switch (seed.kind()) {
                case 0 -> {
                    user.lesson = seed.lessonsRead();
                    user.afterCatalog = Step.LESSON;
                }
                case 1 -> user.afterCatalog = Step.START_PAGE;
                default -> {
                    // In the middle of the quiz: started and partly answered before the measurement.
                    try {
                        startQuizForWarmup(warmup, user, seed);
                    } catch (RequestFailed failed) {
                        // Counted; this trainee starts from the quiz page instead.
                        user.next = Step.CATALOG;
                        user.afterCatalog = Step.START_PAGE;
                    }
                }
            }
            users.add(user);
        });
        double warmupSeconds = (System.nanoTime() - started) / 1e9;
        warmup.print(String.format("users: warm-up (sign-in of %d, quizzes brought to their starting question) in %.0f s", users.size(),
                warmupSeconds), warmupSeconds);
        totalErrors += warmup.errorCount();

        memory.phase("users");
        Recorder recorder = new Recorder();
        var scheduler = new ScheduledThreadPoolExecutor(Integer.getInteger("userThreads", 128));
        long phaseStart = System.nanoTime();
        long phaseEnd = phaseStart + TimeUnit.SECONDS.toNanos(DURATION);
        AtomicLong maxLagMillis = new AtomicLong();
        AtomicLong steps = new AtomicLong();
        Collections.shuffle(users, random);
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            long delay = (long) (TimeUnit.SECONDS.toNanos(RAMP) * (double) i / users.size());
            scheduleStep(scheduler, recorder, user, phaseStart + delay, phaseEnd, maxLagMillis, steps);
        }
        while (System.nanoTime() < phaseEnd) {
            Thread.sleep(1000);
        }
        scheduler.shutdown();
        scheduler.awaitTermination(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - phaseStart) / 1e9;
        recorder.print(String.format("users: %d trainees for %.0f s, %d steps (think %d-%d s); scheduling lag max %d ms", users.size(),
                seconds, steps.get(), THINK_MIN, THINK_MAX, maxLagMillis.get()), seconds);
        totalErrors += recorder.errorCount();
        Stats all = recorder.overall();
        figures.add("users: trainees simulated", String.valueOf(users.size()), "1000", null);
        figures.add("users: errors", String.valueOf(recorder.errorCount()) + " of " + all.count() + " requests", "0",
                recorder.errorCount() == 0);
        figures.add("users: p95 all requests", String.format("%.1f ms", all.p95()), "< 200 ms", all.p95() < 200);
        figures.add("users: p50 / p99 / max", String.format("%.1f / %.1f / %.1f ms", all.p50(), all.p99(), all.max()), "", null);
        figures.add("users: requests/s", String.format("%.1f", all.count() / seconds), "", null);
    }

    /** Starts the foundations quiz and answers the first questions, unmeasured, for a trainee who starts mid-quiz. */
    private void startQuizForWarmup(Recorder warmup, User user, UserSeed seed) {
        Page start = warmup.time("quiz start page GET", () -> user.web.getRaw("/quiz/start.xhtml?module=" + FOUNDATIONS));
        Page redirect = warmup.time("quiz start POST", () -> user.web.submitRaw(start, "start", Map.of(), "go"));
        user.attempt = BenchmarkSupport.attemptIn(redirect.location());
        user.page = warmup.time("question page GET", () -> user.web.getRaw(redirect.location()));
        for (int q = 1; q <= seed.answered(); q++) {
            var answer = curriculum.choose(FOUNDATIONS, user.page, user.random.nextDouble() < CORRECT, user.random);
            var question = QuestionPage.of(user.page);
            warmup.timePost("answer autosave API POST", user.web, "/api/attempts/" + user.attempt + "/questions/" + q,
                    question.autosaveBody(answer), AUTOSAVE, Set.of(204));
            int nextQ = q + 1;
            user.page = warmup.time("question page GET", () -> user.web.getRaw("/quiz/take.xhtml?attempt=" + user.attempt + "&q=" + nextQ));
        }
        user.position = seed.answered() + 1;
        user.next = Step.QUESTION;
    }

    private void scheduleStep(ScheduledThreadPoolExecutor scheduler, Recorder recorder, User user, long at, long phaseEnd,
            AtomicLong maxLag, AtomicLong steps) {
        if (at >= phaseEnd) {
            return;
        }
        scheduler.schedule(() -> {
            long lag = (System.nanoTime() - at) / 1_000_000;
            maxLag.accumulateAndGet(lag, Math::max);
            steps.incrementAndGet();
            try {
                step(recorder, user);
            } catch (RequestFailed failed) {
                user.next = Step.CATALOG;
            } catch (RuntimeException | AssertionError unexpected) {
                recorder.error("flow: " + user.next, user.email + ": " + BenchmarkSupport.rootMessage(unexpected));
                user.next = Step.CATALOG;
                user.afterCatalog = Step.START_PAGE;
            }
            long think = TimeUnit.SECONDS.toNanos(THINK_MIN) + (long) (user.random.nextDouble() * TimeUnit.SECONDS.toNanos(THINK_MAX - THINK_MIN));
            scheduleStep(scheduler, recorder, user, System.nanoTime() + think, phaseEnd, maxLag, steps);
        }, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** One thing a trainee does after thinking: a page, or a button and the page it leads to. */
    private void step(Recorder r, User u) {
        WebClient web = u.web;
        String module = u.moduleContent().id();
        switch (u.next) {
            case CATALOG -> {
                r.time("catalog (dashboard) GET", () -> web.getRaw("/training/catalog.xhtml"));
                u.next = u.afterCatalog;
            }
            case LESSON -> {
                u.page = r.time("lesson page GET", () -> web.getRaw(u.lessonPath(u.lesson)));
                u.next = Step.READ;
            }
            case READ -> {
                Page page = u.page;
                Page redirect = r.time("lesson mark-read POST", () -> web.submitRaw(page, "progress", Map.of(), "read"));
                expectRedirect(r, "lesson mark-read POST", redirect, u.email);
                if (u.lesson < curriculum.lessonSlugs(module).size() - 1) {
                    u.lesson++;
                    u.page = r.time("lesson page GET", () -> web.getRaw(redirect.location()));
                    u.next = Step.READ;
                } else {
                    r.time("module page GET", () -> web.getRaw(redirect.location()));
                    u.next = Step.START_PAGE;
                }
            }
            case START_PAGE -> {
                u.page = r.time("quiz start page GET", () -> web.getRaw("/quiz/start.xhtml?module=" + module));
                u.next = u.page.body().contains("id=\"start\"") ? Step.START : Step.IDLE;
            }
            case START -> {
                Page page = u.page;
                Page redirect = r.time("quiz start POST", () -> web.submitRaw(page, "start", Map.of(), "go"));
                expectRedirect(r, "quiz start POST", redirect, u.email);
                u.attempt = BenchmarkSupport.attemptIn(redirect.location());
                u.position = 1;
                u.page = r.time("question page GET", () -> web.getRaw(redirect.location()));
                u.next = Step.QUESTION;
            }
            case QUESTION -> {
                List<String> answer = curriculum.choose(module, u.page, u.random.nextDouble() < CORRECT, u.random);
                QuestionPage question = QuestionPage.of(u.page);
                var saved = r.timePost("answer autosave API POST", web, "/api/attempts/" + u.attempt + "/questions/" + u.position,
                        question.autosaveBody(answer), AUTOSAVE, Set.of(204, 410));
                if (saved.statusCode() == 410) {
                    // The time limit ran out: the attempt was submitted by the server.
                    u.page = r.time("result page GET", () -> web.getRaw("/quiz/review.xhtml?attempt=" + u.attempt));
                    afterResult(r, u, u.page);
                    return;
                }
                boolean last = u.position >= u.moduleContent().quiz().questionsPerAttempt();
                var pressed = r.timePost("question save-and-next POST", web, question.action(),
                        question.buttonBody(answer, last ? "finish" : "next"), Map.of(), Set.of(302, 303));
                String location = pressed.headers().firstValue("Location").orElseThrow(
                        () -> new IllegalStateException("no redirect after save-and-next: " + pressed.statusCode()));
                if (last) {
                    u.page = r.time("submit page GET", () -> web.getRaw(location));
                    u.next = Step.CONFIRM;
                } else {
                    u.position++;
                    u.page = r.time("question page GET", () -> web.getRaw(location));
                    if (!u.page.body().contains("Question " + u.position + " of")) {
                        r.error("flow: question", u.email + " expected question " + u.position + " but got " + u.page.path());
                    }
                }
            }
            case CONFIRM -> {
                Page page = u.page;
                Page redirect = r.time("submit confirm POST", () -> web.submitRaw(page, "submit", Map.of(), "confirm"));
                expectRedirect(r, "submit confirm POST", redirect, u.email);
                if (redirect.location() != null && redirect.location().contains("review.xhtml")) {
                    acknowledged.put(BenchmarkSupport.attemptIn(redirect.location()), null);
                }
                Page result = r.time("result page GET", () -> web.getRaw(redirect.location()));
                afterResult(r, u, result);
            }
            case IDLE -> {
                // No attempts left, or every module passed: the trainee browses.
                if (u.random.nextBoolean()) {
                    r.time("catalog (dashboard) GET", () -> web.getRaw("/training/catalog.xhtml"));
                } else {
                    int lesson = u.random.nextInt(curriculum.lessonSlugs(module).size());
                    r.time("lesson page GET", () -> web.getRaw(u.lessonPath(lesson)));
                }
            }
        }
    }

    private void afterResult(Recorder r, User u, Page result) {
        Matcher m = BenchmarkSupport.RESULT.matcher(result.text());
        if (!m.find()) {
            r.error("flow: result", u.email + " attempt " + u.attempt + " result page without a result: " + BenchmarkSupport.abbreviate(result.text()));
            u.next = Step.CATALOG;
            u.afterCatalog = Step.START_PAGE;
            return;
        }
        boolean passed = m.group(1).equals("Passed");
        acknowledged.put(u.attempt, passed);
        u.next = Step.CATALOG;
        if (passed) {
            u.module++;
            u.lesson = 0;
            u.afterCatalog = u.module < curriculum.modules.size() ? Step.LESSON : Step.IDLE;
            if (u.module >= curriculum.modules.size()) {
                u.module = curriculum.modules.size() - 1;
            }
        } else {
            u.afterCatalog = Step.START_PAGE;
        }
    }

    private static void expectRedirect(Recorder r, String type, Page page, String who) {
        if (!page.isRedirect()) {
            r.error("flow: " + type, who + " expected a redirect, got " + page.status() + " " + page.path() + ": "
                    + BenchmarkSupport.abbreviate(page.text()));
            throw new RequestFailed(new IllegalStateException("no redirect"));
        }
    }

    // ====================================================================== submissions

    /** An open attempt with every answer saved, its submit page open in the trainee's session. */
    private record Prepared(WebClient web, String email, long attempt, Page submitPage) {
    }

    private void submissions(List<String> trainees) throws Exception {
        System.out.printf("%nsubmissions: %d trainees, one prepared attempt each, %d concurrent clients%n", trainees.size(), CLIENTS);
        memory.phase("submissions: sign-in and preparation");
        Recorder prepare = new Recorder();
        ConcurrentLinkedQueue<Prepared> prepared = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        AtomicLong progress = new AtomicLong();
        runAll(PREPARE_THREADS, trainees, email -> {
            var web = BenchmarkSupport.browser(server.base);
            var random = new Random(email.hashCode());
            prepare.time("sign-in (login page + POST + home)", () -> {
                BenchmarkSupport.signIn(web, email);
                return new Page("/index.xhtml", 200, "", null, Map.of());
            });
            Page start = prepare.time("quiz start page GET", () -> web.getRaw("/quiz/start.xhtml?module=" + FOUNDATIONS));
            Page redirect = prepare.time("quiz start POST", () -> web.submitRaw(start, "start", Map.of(), "go"));
            long attempt = BenchmarkSupport.attemptIn(redirect.location());
            Page page = prepare.time("question page GET", () -> web.getRaw(redirect.location()));
            int questions = curriculum.module(FOUNDATIONS).quiz().questionsPerAttempt();
            for (int q = 1; q <= questions; q++) {
                if (q > 1) {
                    int position = q;
                    page = prepare.time("question page GET", () -> web.getRaw("/quiz/take.xhtml?attempt=" + attempt + "&q=" + position));
                }
                var answer = curriculum.choose(FOUNDATIONS, page, random.nextDouble() < CORRECT, random);
                prepare.timePost("answer autosave API POST", web, "/api/attempts/" + attempt + "/questions/" + q,
                        QuestionPage.of(page).autosaveBody(answer), AUTOSAVE, Set.of(204));
            }
            Page submitPage = prepare.time("submit page GET", () -> web.getRaw("/quiz/submit.xhtml?attempt=" + attempt));
            if (!submitPage.body().contains("id=\"submit\"") || submitPage.body().contains("not answered.</strong>")) {
                prepare.error("flow: prepare", email + " submit page not ready: " + BenchmarkSupport.abbreviate(submitPage.text()));
                return;
            }
            prepared.add(new Prepared(web, email, attempt, submitPage));
            long done = progress.incrementAndGet();
            if (done % 500 == 0) {
                System.out.printf("  prepared %d attempts (%.0f s)%n", done, (System.nanoTime() - started) / 1e9);
            }
        });
        double prepareSeconds = (System.nanoTime() - started) / 1e9;
        prepare.print(String.format("submissions: preparation (sign-in, start, 12 answers, submit page) of %d attempts, %d threads, %.0f s",
                prepared.size(), PREPARE_THREADS, prepareSeconds), prepareSeconds);
        totalErrors += prepare.errorCount();

        // Warm the grading path up (JIT), unmeasured; then measure the rest.
        List<Prepared> all = new ArrayList<>(prepared);
        int warm = Math.min(Integer.getInteger("submitWarmup", 300), all.size() / 10);
        memory.phase("submissions");
        Recorder warmRecorder = new Recorder();
        submitAll(all.subList(0, warm), warmRecorder);
        totalErrors += warmRecorder.errorCount();
        if (warmRecorder.errorCount() > 0) {
            warmRecorder.print("submissions: unmeasured warm-up submissions (errors)", 1);
        }
        int closedEnd = Math.min(all.size(), warm + CLOSED_LOOP);
        Recorder recorder = new Recorder();
        long measureStart = System.nanoTime();
        submitAll(all.subList(warm, closedEnd), recorder);
        double seconds = (System.nanoTime() - measureStart) / 1e9;
        recorder.print(String.format("submissions: %d graded submissions (after %d unmeasured), %d concurrent clients, %.1f s", closedEnd - warm,
                warm, CLIENTS, seconds), seconds);
        totalErrors += recorder.errorCount();
        Stats post = recorder.stats("submit confirm POST");
        double perSecond = post.count() / seconds;
        figures.add("submissions: graded per second", String.format("%.1f /s (%d in %.1f s)", perSecond, post.count(), seconds), ">= 200 /s",
                perSecond >= 200);
        figures.add("submissions: confirm POST p95", String.format("%.1f ms", post.p95()), "<= 100 ms", post.p95() <= 100);
        figures.add("submissions: confirm POST p50 / p99 / max", String.format("%.1f / %.1f / %.1f ms", post.p50(), post.p99(), post.max()), "",
                null);
        figures.add("submissions: errors", String.valueOf(recorder.errorCount() + warmRecorder.errorCount()), "0",
                recorder.errorCount() + warmRecorder.errorCount() == 0);
        if (closedEnd < all.size()) {
            openLoop(all.subList(closedEnd, all.size()));
        }

        // What each trainee was shown (unmeasured), for the database check.
        memory.phase("submissions: result pages");
        Recorder results = new Recorder();
        List<Prepared> submitted = all.stream().filter(p -> acknowledged.containsKey(p.attempt())).toList();
        runAll(PREPARE_THREADS, submitted, p -> {
            Page result = results.time("result page GET", () -> p.web().getRaw("/quiz/review.xhtml?attempt=" + p.attempt()));
            Matcher m = BenchmarkSupport.RESULT.matcher(result.text());
            if (m.find()) {
                acknowledged.put(p.attempt(), m.group(1).equals("Passed"));
            } else {
                results.error("flow: result", p.email() + " attempt " + p.attempt() + ": " + BenchmarkSupport.abbreviate(result.text()));
            }
        });
        totalErrors += results.errorCount();
        if (results.errorCount() > 0) {
            results.print("submissions: result pages after the measurement", 1);
        }
    }

    /**
     * The rest of the prepared attempts submitted open-loop: one arrives every 1/{@value #RATE_PROPERTY}
     * of a second whatever the server's pace, as a cohort finishing a timed exam does. A response's
     * time counts from the moment its request was due, so a server that falls behind shows it in the
     * figures (no coordinated omission).
     */
    private void openLoop(List<Prepared> attempts) throws InterruptedException {
        double seconds = attempts.size() / (double) SUBMISSION_RATE;
        System.out.printf("%nsubmissions, open loop: %d arrivals at %d per second (%.0f s)%n", attempts.size(), SUBMISSION_RATE, seconds);
        memory.phase("submissions: open loop");
        Recorder recorder = new Recorder();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(OPEN_LOOP_THREADS);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long[] lateNanos = new long[1];
        for (int i = 0; i < attempts.size(); i++) {
            Prepared attempt = attempts.get(i);
            long due = start + (long) (i * 1e9 / SUBMISSION_RATE);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.execute(() -> {
                try {
                    Page redirect = attempt.web().submitRaw(attempt.submitPage(), "submit", Map.of(), "confirm");
                    recorder.record("submit confirm POST (open loop)", System.nanoTime() - due);
                    if (redirect.isRedirect() && redirect.location().contains("review.xhtml?attempt=" + attempt.attempt())) {
                        acknowledged.put(attempt.attempt(), null);
                    } else {
                        recorder.error("submit confirm POST (open loop)", attempt.email() + " attempt " + attempt.attempt() + ": "
                                + redirect.status() + " " + BenchmarkSupport.abbreviate(redirect.text()));
                    }
                } catch (AssertionError | RuntimeException failed) {
                    recorder.record("submit confirm POST (open loop)", System.nanoTime() - due);
                    recorder.error("submit confirm POST (open loop)", "request failed: " + failed);
                }
            });
            lateNanos[0] = Math.max(lateNanos[0], System.nanoTime() - due);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - start) / 1e9;
        recorder.print(String.format("submissions, open loop: %d arrivals at %d/s, %d client threads, all answered after %.1f s", attempts.size(),
                SUBMISSION_RATE, OPEN_LOOP_THREADS, elapsed), elapsed);
        totalErrors += recorder.errorCount();
        Stats post = recorder.stats("submit confirm POST (open loop)");
        figures.add("submissions, open loop: arrivals", String.format("%d at %d /s for %.0f s (load generator at most %.0f ms late)",
                attempts.size(), SUBMISSION_RATE, seconds, lateNanos[0] / 1e6), "200 /s for 60 s", null);
        figures.add("submissions, open loop: graded", String.valueOf(post.count() - recorder.errorCount()), "all",
                recorder.errorCount() == 0);
        figures.add("submissions, open loop: p95 from arrival", String.format("%.1f ms", post.p95()), "<= 100 ms", post.p95() <= 100);
        figures.add("submissions, open loop: p50 / p99 / max", String.format("%.1f / %.1f / %.1f ms", post.p50(), post.p99(), post.max()), "",
                null);
        figures.add("submissions, open loop: errors", String.valueOf(recorder.errorCount()), "0", recorder.errorCount() == 0);
    }

    /** The confirm POST of each prepared attempt, {@value #CLIENTS} at a time; acknowledged ones are kept. */
    private void submitAll(List<Prepared> attempts, Recorder recorder) throws InterruptedException {
        ConcurrentLinkedQueue<Prepared> queue = new ConcurrentLinkedQueue<>(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (Prepared p; (p = queue.poll()) != null; ) {
                    Prepared attempt = p;
                    try {
                        Page redirect = recorder.time("submit confirm POST", () -> attempt.web().submitRaw(attempt.submitPage(), "submit", Map.of(), "confirm"));
                        if (redirect.isRedirect() && redirect.location().contains("review.xhtml?attempt=" + attempt.attempt())) {
                            acknowledged.put(attempt.attempt(), null);
                        } else {
                            recorder.error("flow: submit", attempt.email() + " attempt " + attempt.attempt() + ": " + redirect.status() + " "
                                    + BenchmarkSupport.abbreviate(redirect.text()));
                        }
                    } catch (RequestFailed failed) {
                        // counted by the recorder
                    }
                }
            }, "submitter-" + i);
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
    }

    // ====================================================================== lessons

    private void lessons(List<String> readers) throws Exception {
        System.out.printf("%nlessons: %d signed-in trainees, %d s warm-up and %d s measured per page%n", readers.size(), LESSON_WARMUP,
                LESSON_SECONDS);
        memory.phase("lessons: sign-in");
        Recorder signIn = new Recorder();
        List<WebClient> clients = Collections.synchronizedList(new ArrayList<>());
        runAll(PREPARE_THREADS, readers, email -> {
            var web = BenchmarkSupport.browser(server.base);
            signIn.time("sign-in (login page + POST + home)", () -> {
                BenchmarkSupport.signIn(web, email);
                return new Page("/index.xhtml", 200, "", null, Map.of());
            });
            clients.add(web);
        });
        totalErrors += signIn.errorCount();
        List<String> lessons = curriculum.lessonSlugs(FOUNDATIONS).stream()
                .map(slug -> "/training/lesson.xhtml?module=" + FOUNDATIONS + "&lesson=" + slug).toList();
        // The trivial Faces page: the site's template (signed in: menus, notices count, sign-out form) around a paragraph.
        String trivial = "/about.xhtml";
        memory.phase("lessons");
        Recorder warm = new Recorder();
        hammer(clients, warm, "warm-up", trivial, List.of(), LESSON_WARMUP);
        hammer(clients, warm, "warm-up", null, lessons, LESSON_WARMUP);
        totalErrors += warm.errorCount();
        Recorder trivialRecorder = new Recorder();
        Recorder lessonRecorder = new Recorder();
        Recorder loginRecorder = new Recorder();
        Recorder dashboardRecorder = new Recorder();
        double trivialRate = hammer(clients, trivialRecorder, "trivial Faces page GET (/about.xhtml, signed in)", trivial, List.of(),
                LESSON_SECONDS);
        double lessonRate = hammer(clients, lessonRecorder, "lesson page GET (5 foundations lessons)", null, lessons, LESSON_SECONDS);
        // For reference: the trainee's dashboard (home page), the heaviest page a trainee opens often.
        hammer(clients, warm, "warm-up", "/index.xhtml", List.of(), 5);
        double dashboardRate = hammer(clients, dashboardRecorder, "dashboard GET (/index.xhtml, signed in)", "/index.xhtml", List.of(),
                LESSON_SECONDS);
        // For reference, the page most like the design's baseline: the sign-in page, not signed in.
        List<WebClient> anonymous = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            anonymous.add(BenchmarkSupport.browser(server.base));
        }
        hammer(anonymous, warm, "warm-up", "/login.xhtml", List.of(), 5);
        double loginRate = hammer(anonymous, loginRecorder, "login page GET (not signed in, reference)", "/login.xhtml", List.of(),
                LESSON_SECONDS);
        trivialRecorder.print(String.format("lessons: %d clients, %d s, the trivial Faces page", clients.size(), LESSON_SECONDS), LESSON_SECONDS);
        lessonRecorder.print(String.format("lessons: %d clients, %d s, lesson pages", clients.size(), LESSON_SECONDS), LESSON_SECONDS);
        dashboardRecorder.print(String.format("lessons: %d clients, %d s, the dashboard", clients.size(), LESSON_SECONDS), LESSON_SECONDS);
        loginRecorder.print(String.format("lessons: %d anonymous clients, %d s, the login page", clients.size(), LESSON_SECONDS), LESSON_SECONDS);
        long errors = trivialRecorder.errorCount() + lessonRecorder.errorCount() + loginRecorder.errorCount() + dashboardRecorder.errorCount();
        totalErrors += errors;
        double ratio = lessonRate / trivialRate;
        figures.add("lessons: lesson page", String.format("%.0f req/s", lessonRate), "", null);
        figures.add("lessons: trivial Faces page (/about.xhtml)", String.format("%.0f req/s", trivialRate), "", null);
        figures.add("lessons: ratio lesson / trivial", String.format("%.0f%%", ratio * 100), ">= 80%", ratio >= 0.8);
        figures.add("lessons: dashboard (/index.xhtml, reference)", String.format("%.0f req/s (%.0f%% of the trivial page), p95 %.0f ms",
                dashboardRate, dashboardRate / trivialRate * 100, dashboardRecorder.stats("dashboard GET (/index.xhtml, signed in)").p95()), "", null);
        figures.add("lessons: login page, anonymous (reference)", String.format("%.0f req/s (lesson = %.0f%% of it)", loginRate,
                lessonRate / loginRate * 100), "", null);
        figures.add("lessons: errors", String.valueOf(errors + warm.errorCount()), "0", errors + warm.errorCount() == 0);
    }

    /** Every client GETs as fast as it can for {@code seconds}; returns requests per second. */
    private double hammer(List<WebClient> clients, Recorder recorder, String type, String path, List<String> paths, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong count = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients.size(); i++) {
            WebClient web = clients.get(i);
            int offset = i;
            Thread thread = new Thread(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    String target = path != null ? path : paths.get(n % paths.size());
                    try {
                        recorder.time(type, () -> web.getRaw(target));
                        count.incrementAndGet();
                    } catch (RequestFailed failed) {
                        // counted
                    }
                }
            }, "hammer-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return count.get() / ((System.nanoTime() - start) / 1e9);
    }

    // ====================================================================== checks

    private void verify(Path dataDir) throws Exception {
        if (acknowledged.isEmpty()) {
            return;
        }
        Graded graded;
        try (Connection db = BenchmarkSupport.database(dataDir)) {
            graded = Graded.read(db);
        }
        BenchmarkSupport.shutdownDatabase(dataDir);
        Map<Long, Boolean> acks;
        synchronized (acknowledged) {
            acks = new HashMap<>(acknowledged);
        }
        acks.forEach((attempt, shown) -> problems.addAll(graded.problems(attempt, shown)));
        problems.addAll(graded.allSubmittedConsistent());
        System.out.printf("%nchecked %d acknowledged submissions in the database (%d attempts submitted in all): %d problems%n", acks.size(),
                graded.attempts().keySet().stream().filter(graded::submitted).count(), problems.size());
    }

    // ====================================================================== helpers

    private interface Work<T> {
        void run(T item) throws Exception;
    }

    /** Runs the work for every item on a few threads; a failure is counted and the rest goes on. */
    private <T> void runAll(int threads, List<T> items, Work<T> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong uncounted = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> {
                try {
                    work.run(item);
                } catch (Throwable t) {
                    // A RequestFailed has been counted where it happened.
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, t);
                    if (!(t instanceof RequestFailed)) {
                        uncounted.incrementAndGet();
                    }
                }
            }));
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        if (failures.get() > 0) {
            totalErrors += uncounted.get();
            System.out.println("  " + failures.get() + " of " + items.size() + " preparations failed; first: "
                    + BenchmarkSupport.rootMessage(firstFailure.get()));
        }
    }
}
