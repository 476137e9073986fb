package org.dnacademy.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dnacademy.benchmark.BenchmarkSupport.Curriculum;
import org.dnacademy.benchmark.BenchmarkSupport.Figures;
import org.dnacademy.benchmark.BenchmarkSupport.Graded;
import org.dnacademy.benchmark.BenchmarkSupport.QuestionPage;
import org.dnacademy.benchmark.BenchmarkSupport.Server;
import org.dnacademy.testing.MicrobundleProcess;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;

/**
 * {@code kill -9} during quiz submissions, {@code -Dcycles=50} times. Each cycle starts the
 * microbundle on the same data folder; each client signs its trainees in (sessions do not survive
 * a restart) and brings one open attempt per trainee to "every answer saved" (starting one through
 * the quiz page and the autosave API, or resuming one a previous kill left open); then the clients
 * submit those attempts spread over the next 5.5 s, and the server is killed at a random moment 1-5 s
 * into that, so that submissions are under way when it dies. With the server dead, the database is
 * opened here (Derby recovers it) and every submission the server ever acknowledged (a redirect to
 * the attempt's result) must be there: submitted, with a score, the stored result equal to the one
 * shown, graded exactly once (one audit event, a module pass and a certificate exactly when
 * passed). Not a test: prints figures; exits 1 if any acknowledged submission is lost or graded
 * wrongly, or if the server answered an error while it was up. Run it as the README says.
 * Properties: {@code -Dcycles=50 -Dclients=8 -DtraineesPerClient=6 -DkillMinMillis=1000
 * -DkillMaxMillis=5000 -Dtrainees=(pool size) -Dseed=1}.
 */
public final class CrashBenchmark {

    private static final int CYCLES = Integer.getInteger("cycles", 50);
    private static final int CLIENTS = Integer.getInteger("clients", 8);
    private static final int TRAINEES_PER_CLIENT = Integer.getInteger("traineesPerClient", 6);
    private static final int KILL_MIN = Integer.getInteger("killMinMillis", 1000);
    private static final int KILL_MAX = Integer.getInteger("killMaxMillis", 5000);
    private static final long SEED = Long.getLong("seed", 1);
    private static final String MODULE = "foundations";
    private static final Map<String, String> AUTOSAVE = Map.of("X-DNA-Autosave", "1");
    private static final Pattern ATTEMPTS_USED = Pattern.compile("Attempts used: (\\d+)");

    private final Curriculum curriculum = new Curriculum();
    private final int questions = curriculum.module(MODULE).quiz().questionsPerAttempt();
    private final ConcurrentLinkedQueue<String> freshTrainees = new ConcurrentLinkedQueue<>();
    /** Every acknowledged submission: attempt id to the result shown (null when the result page never came). */
    private final Map<Long, Boolean> acknowledged = Collections.synchronizedMap(new HashMap<>());
    /** Confirm posts sent but not answered when the server died. */
    private final Set<Long> unanswered = ConcurrentHashMap.newKeySet();
    /** When each acknowledgement arrived (System.nanoTime). */
    private final Map<Long, Long> acknowledgedAt = new ConcurrentHashMap<>();
    private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger submitsInFlight = new AtomicInteger();
    private final AtomicInteger resumed = new AtomicInteger();
    private volatile boolean killing;

    private CrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSupport.browserLikeConnections();
        System.exit(new CrashBenchmark().run());
    }

    /** One simulated trainee: who, and the open attempt prepared for submission, if any. */
    private static final class Trainee {
        final String email;
        WebClient web;
        long attempt;
        Page submitPage;

        Trainee(String email) {
            this.email = email;
        }
    }

    private int run() throws Exception {
        Path dataDir = Files.createTempDirectory("dna-crash-benchmark-");
        int port = MicrobundleProcess.freePort();
        Map<String, String> environment = Map.of("DNA_QUIZ_COOLDOWN_SECONDS", "0");
        Random random = new Random(SEED);
        System.out.printf("CrashBenchmark: %d cycles, %d clients x %d trainees, kill after %d-%d ms of submissions, data in %s%n", CYCLES,
                CLIENTS, TRAINEES_PER_CLIENT, KILL_MIN, KILL_MAX, dataDir);
        long benchmarkStart = System.nanoTime();
        var sampler = new BenchmarkSupport.MemorySampler();
        sampler.phase("crash cycles");

        try (var first = Server.start(dataDir, port, "first.log", environment)) {
            System.out.printf("first start (schema, curriculum): %.1f s%n", first.secondsToFirstPage);
        }
        // Each trainee gives 1-3 attempts (3 allowed; the third is always passed). Plenty for the cycles.
        int pool = Integer.getInteger("trainees", Math.max(500, CYCLES * CLIENTS * TRAINEES_PER_CLIENT * 2));
        try (Connection db = BenchmarkSupport.database(dataDir)) {
            for (var trainee : BenchmarkSupport.createTrainees(db, "crash", pool).entrySet()) {
                BenchmarkSupport.markLessonsRead(db, trainee.getValue(), MODULE, Integer.MAX_VALUE);
                freshTrainees.add(trainee.getKey());
            }
            db.commit();
        }
        BenchmarkSupport.shutdownDatabase(dataDir);

        List<List<Trainee>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new ArrayList<>());
        }
        List<Double> startups = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> otherProblems = new ArrayList<>();
        int cyclesWithSubmitInFlight = 0;
        int submitsInFlightAtKills = 0;
        int cyclesRun = 0;
        long acksInLastSecond = 0;
        long acksInLast100ms = 0;
        Map<Long, Boolean> inFlightOutcome = new HashMap<>();

        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            long cycleStart = System.nanoTime();
            killing = false;
            Server server;
            try {
                server = Server.start(dataDir, port, "cycle-" + cycle + ".log", environment);
            } catch (Throwable t) {
                // A server that does not come back after kill -9 is a finding in itself.
                String message = BenchmarkSupport.rootMessage(t);
                serverErrors.add("cycle " + cycle + ": the server did not start after the kill: "
                        + message.substring(Math.max(0, message.length() - 2000)));
                System.out.println("cycle " + cycle + ": the server did not start; stopping. See " + dataDir.resolve("logs"));
                break;
            }
            sampler.watch(server.pid);
            startups.add(server.secondsToFirstPage);
            long delay = KILL_MIN + (long) (random.nextDouble() * (KILL_MAX - KILL_MIN));
            int before = acknowledged.size();
            CyclicBarrier prepared = new CyclicBarrier(CLIENTS + 1);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<Trainee> mine = clients.get(c);
                long clientSeed = random.nextLong();
                Thread thread = new Thread(() -> client(server, mine, new Random(clientSeed), prepared), "client-" + c);
                thread.start();
                threads.add(thread);
            }
            long readyAt = System.nanoTime();
            try {
                prepared.await(5, TimeUnit.MINUTES);
            } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
                System.out.println("  the clients did not all get ready: " + e);
            }
            double prepareSeconds = (System.nanoTime() - readyAt) / 1e9;
            Thread.sleep(delay);
            int inFlight = submitsInFlight.get();
            killing = true;
            long killedAt = System.nanoTime();
            server.kill();
            long lastSecond = acknowledgedAt.values().stream().filter(t -> killedAt - t <= 1_000_000_000L).count();
            long last100 = acknowledgedAt.values().stream().filter(t -> killedAt - t <= 100_000_000L).count();
            acksInLastSecond += lastSecond;
            acksInLast100ms += last100;
            for (Thread thread : threads) {
                thread.join(TimeUnit.MINUTES.toMillis(2));
            }
            cyclesRun++;
            if (inFlight > 0) {
                cyclesWithSubmitInFlight++;
                submitsInFlightAtKills += inFlight;
            }

            // The server is dead: read the database as it recovered.
            Graded graded;
            try (Connection db = BenchmarkSupport.database(dataDir)) {
                graded = Graded.read(db);
            }
            BenchmarkSupport.shutdownDatabase(dataDir);
            lost.clear();
            otherProblems.clear();
            Map<Long, Boolean> acks;
            synchronized (acknowledged) {
                acks = new HashMap<>(acknowledged);
            }
            for (var ack : acks.entrySet()) {
                for (String problem : graded.problems(ack.getKey(), ack.getValue())) {
                    (problem.startsWith("LOST") ? lost : otherProblems).add(problem);
                }
            }
            otherProblems.addAll(graded.allSubmittedConsistent());
            for (long attempt : unanswered) {
                inFlightOutcome.put(attempt, graded.submitted(attempt));
            }
            unanswered.clear();
            System.out.printf("cycle %2d: first page after %4.1f s, sign-in and preparation %4.1f s, killed %4d ms into submissions with %d submit(s) in flight; "
                    + "acknowledged %3d (%d in its last second, total %5d); lost %d, other problems %d; %.0f s%n", cycle,
                    server.secondsToFirstPage, prepareSeconds, delay, inFlight, acknowledged.size() - before, lastSecond, acknowledged.size(), lost.size(),
                    otherProblems.size(), (System.nanoTime() - cycleStart) / 1e9);
            if (freshTrainees.size() < CLIENTS * TRAINEES_PER_CLIENT * 4) {
                System.out.println("out of fresh trainees; stopping (raise -Dtrainees)");
                break;
            }
        }
        double minutes = (System.nanoTime() - benchmarkStart) / 60e9;

        List<Double> sorted = new ArrayList<>(startups);
        Collections.sort(sorted);
        long inFlightSubmitted = inFlightOutcome.values().stream().filter(b -> b).count();
        Figures figures = new Figures();
        figures.add("cycles run (kill -9)", String.valueOf(cyclesRun), String.valueOf(CYCLES), cyclesRun == CYCLES);
        figures.add("submissions acknowledged", String.valueOf(acknowledged.size()), "", null);
        figures.add("acknowledged submissions lost", String.valueOf(lost.size()), "0", lost.isEmpty());
        figures.add("other grading problems (shown != stored, graded twice, pass without certificate)", String.valueOf(otherProblems.size()),
                "0", otherProblems.isEmpty());
        figures.add("server errors while up (5xx, error pages, refused)", String.valueOf(serverErrors.size()), "0", serverErrors.isEmpty());
        figures.add("kills with a submit in flight", cyclesWithSubmitInFlight + " of " + cyclesRun + " (" + submitsInFlightAtKills + " submits)",
                "", null);
        figures.add("acknowledged within 1 s / 100 ms before a kill", acksInLastSecond + " / " + acksInLast100ms, "", null);
        figures.add("unanswered submits found graded after restart", inFlightSubmitted + " of " + inFlightOutcome.size()
                + " (the rest stayed open)", "either is correct", null);
        figures.add("attempts left open by a kill, resumed fully answered later", String.valueOf(resumed.get()), "", null);
        if (!sorted.isEmpty()) {
            figures.add("start-up to first page (after kill -9, incl. Derby recovery)", String.format("median %.1f s, max %.1f s",
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1)), "<= 15 s", sorted.get(sorted.size() - 1) <= 15);
        }
        figures.add("time taken", String.format("%.1f min", minutes), "", null);
        sampler.close();
        figures.add("server resident memory max", BenchmarkSupport.mb(sampler.overallMaxKb()), "", null);
        figures.print("CrashBenchmark figures");
        if (!lost.isEmpty() || !otherProblems.isEmpty() || !serverErrors.isEmpty()) {
            System.out.println("Problems:");
            lost.stream().limit(30).forEach(p -> System.out.println("  " + p));
            otherProblems.stream().limit(30).forEach(p -> System.out.println("  " + p));
            serverErrors.stream().limit(30).forEach(p -> System.out.println("  server error: " + p));
        }
        boolean failed = !lost.isEmpty() || !otherProblems.isEmpty() || !serverErrors.isEmpty();
        System.out.println(failed ? "RESULT: correctness check FAILED" : "RESULT: correctness checks passed");
        return failed ? 1 : 0;
    }

    /**
     * One client: signs its trainees in (sessions do not survive a restart), prepares one open
     * attempt each (a trainee with no attempt left is replaced by a fresh one), waits for the other
     * clients, then submits the prepared attempts, spread out in time, until the server is killed.
     */
    private void client(Server server, List<Trainee> trainees, Random random, CyclicBarrier prepared) {
        int errors = 0;
        for (int i = 0; i < TRAINEES_PER_CLIENT && !killing; i++) {
            if (i >= trainees.size()) {
                trainees.add(new Trainee(freshTrainees.remove()));
            }
            try {
                Trainee trainee = trainees.get(i);
                trainee.web = BenchmarkSupport.browser(server.base);
                trainee.submitPage = null;
                BenchmarkSupport.signIn(trainee.web, trainee.email);
                while (!prepare(trainee, random)) {
                    // No attempt left for this trainee: take a fresh one.
                    trainee = fresh(server);
                    trainees.set(i, trainee);
                }
            } catch (Throwable t) {
                if (!failed(t) || ++errors > 5) {
                    break;
                }
            }
        }
        try {
            prepared.await();
        } catch (Exception broken) {
            return;
        }
        // The prepared attempts are submitted spread evenly over the longest time to the kill (and
        // staggered between clients), so that whenever the kill comes, submissions are under way.
        long begin = System.nanoTime();
        long window = TimeUnit.MILLISECONDS.toNanos(KILL_MAX + 500);
        List<Trainee> ready = trainees.stream().filter(t -> t.submitPage != null).toList();
        double offset = random.nextDouble();
        for (int i = 0; i < ready.size() && !killing; i++) {
            long at = begin + (long) ((i + offset) * window / ready.size());
            long wait = at - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Trainee trainee = ready.get(i);
            try {
                submit(trainee);
            } catch (Throwable t) {
                trainee.submitPage = null;
                if (!failed(t) || ++errors > 5) {
                    return;
                }
            }
        }
    }

    private Trainee fresh(Server server) {
        Trainee trainee = new Trainee(freshTrainees.remove());
        trainee.web = BenchmarkSupport.browser(server.base);
        BenchmarkSupport.signIn(trainee.web, trainee.email);
        return trainee;
    }

    /** Records a failure while the server is up; false once it is being killed (failures are expected then). */
    private boolean failed(Throwable t) {
        if (killing) {
            return false;
        }
        if (serverErrors.isEmpty() || t instanceof NullPointerException) {
            t.printStackTrace();
        }
        serverErrors.add(Thread.currentThread().getName() + ": " + BenchmarkSupport.rootMessage(t));
        return true;
    }

    /**
     * Starts or resumes the trainee's attempt and saves an answer to every question: all correct
     * for the last attempt allowed, otherwise correct or wrong at random.
     *
     * @return false when the trainee has no attempt left (passed, or all used)
     */
    private boolean prepare(Trainee trainee, Random random) {
        WebClient web = trainee.web;
        Page start = checked(web.getRaw("/quiz/start.xhtml?module=" + MODULE));
        if (!start.body().contains("id=\"start\"")) {
            return false;
        }
        Matcher used = ATTEMPTS_USED.matcher(start.text());
        boolean mustPass = used.find() && Integer.parseInt(used.group(1)) >= 2;
        boolean correct = mustPass || random.nextBoolean();
        boolean resume = start.body().contains("Resume your attempt");
        Page redirect = checked(web.submitRaw(start, "start", Map.of(), "go"));
        trainee.attempt = BenchmarkSupport.attemptIn(redirect.location());
        if (resume) {
            // Left open by an earlier cycle (prepared, or its submit cut off by the kill): maybe all answered already.
            Page submitPage = checked(web.getRaw("/quiz/submit.xhtml?attempt=" + trainee.attempt));
            if (submitPage.body().contains("id=\"submit\"") && !submitPage.body().contains("not answered.</strong>")) {
                trainee.submitPage = submitPage;
                resumed.incrementAndGet();
                return true;
            }
        }
        for (int q = 1; q <= questions; q++) {
            Page page = checked(web.getRaw("/quiz/take.xhtml?attempt=" + trainee.attempt + "&q=" + q));
            var answer = curriculum.choose(MODULE, page, correct, random);
            HttpResponse<String> saved;
            try {
                saved = web.post("/api/attempts/" + trainee.attempt + "/questions/" + q, QuestionPage.of(page).autosaveBody(answer), AUTOSAVE);
            } catch (Exception e) {
                throw new IllegalStateException("autosave failed", e);
            }
            if (saved.statusCode() != 204) {
                throw new IllegalStateException("autosave answered " + saved.statusCode() + ": " + saved.body());
            }
        }
        trainee.submitPage = checked(web.getRaw("/quiz/submit.xhtml?attempt=" + trainee.attempt));
        return true;
    }

    /** The confirm post; a redirect to the attempt's result is the acknowledgement. */
    private void submit(Trainee trainee) {
        if (trainee.submitPage == null || killing) {
            return;
        }
        long attempt = trainee.attempt;
        Page redirect;
        submitsInFlight.incrementAndGet();
        unanswered.add(attempt);
        try {
            redirect = trainee.web.submitRaw(trainee.submitPage, "submit", Map.of(), "confirm");
        } finally {
            submitsInFlight.decrementAndGet();
        }
        // An answer came back: whatever it says, the submit was not cut off by the kill.
        unanswered.remove(attempt);
        trainee.submitPage = null;
        checked(redirect);
        if (!redirect.isRedirect() || !redirect.location().contains("review.xhtml?attempt=" + attempt)) {
            throw new IllegalStateException("submit of attempt " + attempt + " answered " + redirect.status() + ": "
                    + BenchmarkSupport.abbreviate(redirect.text()));
        }
        acknowledged.put(attempt, null);
        acknowledgedAt.put(attempt, System.nanoTime());
        Page result = checked(trainee.web.getRaw(redirect.location()));
        Matcher m = BenchmarkSupport.RESULT.matcher(result.text());
        if (m.find()) {
            acknowledged.put(attempt, m.group(1).equals("Passed"));
        } else {
            throw new IllegalStateException("result page of attempt " + attempt + " shows no result: " + BenchmarkSupport.abbreviate(result.text()));
        }
    }

    private Page checked(Page page) {
        if (BenchmarkSupport.Recorder.isError(page) && !killing) {
            throw new IllegalStateException(page.status() + " " + page.path() + ": " + BenchmarkSupport.abbreviate(page.text()));
        }
        return page;
    }
}
