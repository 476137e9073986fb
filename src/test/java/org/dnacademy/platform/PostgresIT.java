package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.dnacademy.testing.MicrobundleProcess;
import org.dnacademy.testing.RealModules;
import org.dnacademy.testing.WebClient.Page;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.fresh.FreshDatabase;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.content.OptionContent;
import org.dnacademy.training.content.QuestionContent;

/**
 * The same application and migrations on PostgreSQL: the microbundle started with
 * {@code DNA_DB_URL} on an emptied database, then a trainee's whole path from registration to a
 * verified certificate. Runs where {@code DNA_TEST_POSTGRES_URL} names a database it may empty
 * ({@code .ci/run} installs and starts PostgreSQL for it); elsewhere it is skipped.
 */
class PostgresIT {

    private static final String URL = System.getenv("DNA_TEST_POSTGRES_URL");
    private static final String USER = System.getenv("DNA_TEST_POSTGRES_USER");
    private static final String PASSWORD = System.getenv("DNA_TEST_POSTGRES_PASSWORD");
    private static final String TRAINEE_PASSWORD = "postgres is the database for growth";

    private MicrobundleProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void aTraineeGoesFromRegistrationToAVerifiedCertificateOnPostgres() throws Exception {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "DNA_TEST_POSTGRES_URL is not set");
        FreshDatabase.emptyPostgres(URL, USER, PASSWORD);
        int port = MicrobundleProcess.freePort();
        Path log = Path.of(System.getProperty("dnacademy.test.data-dir", "target/test-data"), "postgres-" + System.nanoTime() + ".log");
        server = MicrobundleProcess.start(port, log, Map.of("DNA_DB_URL", URL, "DNA_DB_USER", USER, "DNA_DB_PASSWORD", PASSWORD,
                "DNA_ADMIN_EMAIL", "admin@postgres.example", "DNA_ADMIN_PASSWORD", "postgres admin passphrase"));
        String output = server.awaitReady();
        assertTrue(output.contains("Successfully applied"), "Flyway migrated the empty PostgreSQL database");
        int modules = CurriculumReader.read(Path.of("modules")).modules().size();
        assertTrue(output.contains(modules + " modules"), "the curriculum was loaded: " + modules + " modules");

        var trainee = new WebClient(URI.create("http://localhost:" + port + "/"));
        String email = UUID.randomUUID().toString().substring(0, 8) + "@postgres.example";
        trainee.submit(trainee.get("/register.xhtml"), "register",
                Map.of("name", "Pola Postgres", "email", email, "password", TRAINEE_PASSWORD, "confirmation", TRAINEE_PASSWORD), "submit");
        assertTrue(trainee.submit(trainee.get("/login.xhtml"), "login", Map.of("email", email, "password", TRAINEE_PASSWORD), "submit")
                .text().contains("Welcome, Pola Postgres"));
        // Quizzes need a confirmed address; the outbox prints the e-mail to the log.
        trainee.submit(trainee.get(confirmationLink(log, email)), "confirm", Map.of(), "submit");
        RealModules.readAllLessons(trainee, "foundations");
        Page question = trainee.submit(trainee.get("/quiz/start.xhtml?module=foundations"), "start", Map.of(), "go");
        String attempt = question.body().replaceAll("(?s).*/attempts/(\\d+)/questions.*", "$1");

        Map<String, QuestionContent> bank = CurriculumReader.read(Path.of("modules")).module("foundations").orElseThrow()
                .questions().stream().collect(Collectors.toMap(q -> normalise(q.stem()), Function.identity()));
        for (int position = 1; position <= 12; position++) {
            Page page = trainee.get("/quiz/take.xhtml?attempt=" + attempt + "&q=" + position);
            Matcher legend = Pattern.compile("(?s)<legend class=\"stem\">(.*?)</legend>").matcher(page.body());
            assertTrue(legend.find());
            QuestionContent content = bank.get(normalise(unescape(legend.group(1))));
            StringBuilder form = new StringBuilder("revision=1");
            for (OptionContent option : content.options()) {
                if (option.correct()) {
                    Matcher label = Pattern.compile("<label for=\"answer-([a-z]+|true|false)\">" + Pattern.quote(escape(normalise(option.text())))
                            + "</label>").matcher(page.body().replaceAll("\\s+", " "));
                    assertTrue(label.find(), option.text());
                    form.append("&answer=").append(label.group(1));
                }
            }
            var saved = trainee.post("/api/attempts/" + attempt + "/questions/" + position, form.toString(), Map.of("X-DNA-Autosave", "1"));
            assertEquals(204, saved.statusCode(), saved.body());
        }
        Page result = trainee.submit(trainee.get("/quiz/submit.xhtml?attempt=" + attempt), "submit", Map.of(), "confirm");
        assertTrue(result.text().matches(".*Passed\\s*: you scored 100%.*"), result.text());

        Page certificates = trainee.get("/certification/mine.xhtml");
        Matcher code = Pattern.compile("/verify/(DNA-[0-9A-Z-]+)\"").matcher(certificates.body());
        assertTrue(code.find(), certificates.text());
        var anonymous = new WebClient(URI.create("http://localhost:" + port + "/"));
        Page verified = anonymous.getRaw("/verify/" + code.group(1) + ".json");
        assertEquals(200, verified.status());
        assertTrue(verified.body().contains("\"status\":\"VALID\""), verified.body());
        assertTrue(verified.body().contains("Pola Postgres"));

        // The records dashboard filters, sorts and charts in SQL: the same statements on PostgreSQL.
        var admin = new WebClient(URI.create("http://localhost:" + port + "/"));
        admin.submit(admin.get("/login.xhtml"), "login", Map.of("email", "admin@postgres.example", "password", "postgres admin passphrase"), "submit");
        for (String matching : List.of("module=foundations&status=PASSED", "status=VALID", "expiring=800", "sort=progress",
                "sort=least&status=LOCKED", "status=NOT_STARTED&q=pola", "q=" + email)) {
            assertTrue(admin.get("/records/index.xhtml?" + matching).text().contains("Pola Postgres"), matching);
        }
        for (String excluding : List.of("status=EXPIRED", "status=CERTIFIED", "overdue=true", "module=foundations&status=NOT_STARTED")) {
            assertTrue(!admin.get("/records/index.xhtml?" + excluding).text().contains("Pola Postgres"), excluding);
        }
        assertTrue(admin.get("/records/overview.xhtml").text().contains(java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString()),
                "the pass rate by month counts this month's attempt");
        assertTrue(admin.getRaw("/records/export.csv?status=PASSED").body().contains("Pola Postgres"));

        // The audit trail is append-only in PostgreSQL itself (V12_1 for PostgreSQL), and its page searches there.
        assertTrue(admin.get("/admin/audit.xhtml?action=ACCOUNT_REGISTERED&person=" + email).text().contains("1 event"));
        try (var connection = DriverManager.getConnection(URL, USER, PASSWORD); var statement = connection.createStatement()) {
            for (String change : List.of("UPDATE audit_event SET detail = 'rewritten'", "DELETE FROM audit_event", "TRUNCATE audit_event")) {
                var refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change));
                assertTrue(refused.getMessage().contains("audit_event is append-only"), change + ": " + refused.getMessage());
            }
            var rows = statement.executeQuery("SELECT COUNT(*) FROM audit_event WHERE detail = 'rewritten'");
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The path of the confirmation link e-mailed to {@code email}, as the console outbox prints it (sent within 10 s). */
    private static String confirmationLink(Path log, String email) throws Exception {
        Pattern link = Pattern.compile("(/confirm-email\\.xhtml\\?token=[A-Za-z0-9_-]+)");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String text = java.nio.file.Files.readString(log);
            int to = text.lastIndexOf(email);
            Matcher found = link.matcher(to < 0 ? "" : text.substring(to));
            if (found.find()) {
                return found.group(1);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no confirmation e-mail to " + email + " in " + log);
    }
}
