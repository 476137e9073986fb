package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outside probe, as a test: six people (signed out, trainees A and B, the supervisor of A's
 * cohort, the supervisor of another cohort, an administrator) open every page and endpoint, and
 * each gets exactly what they may see; ids posted back in hidden fields are re-selected through
 * the viewer's scope; and a corpus of hostile input thrown at every form and address gets a
 * 4xx or the form again with a message, never a 500, and stores nothing half-way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addPackage(org.dnacademy.testing.clock.AdjustableClock.class.getPackage());
    }

    /** The look-up limits of /verify hold per address and every persona here shares 127.0.0.1: let the minute pass. */
    private void nextMinute() throws Exception {
        var moved = new WebClient(uri()).post("/test-support/clock?advance=PT2M", "", Map.of());
        assertEquals(204, moved.statusCode(), "the server's clock did not move");
    }

    @ArquillianResource
    URL base;

    private JsonObject scenario;
    private final Map<String, WebClient> people = new LinkedHashMap<>();

    /** Once per class (the server keeps it): Arquillian injects the address before each test, not before all. */
    @BeforeEach
    void buildTheScenarioAndSignEveryoneIn() throws Exception {
        if (scenario != null) {
            return;
        }
        var builder = new WebClient(uri());
        var response = builder.post("/test-support/scenario", "", Map.of());
        assertEquals(200, response.statusCode(), response.body());
        scenario = Json.createReader(new StringReader(response.body())).readObject();
        people.put("anonymous", new WebClient(uri()));
        for (String person : List.of("a", "b", "supervisorX", "supervisorY")) {
            people.put(person, signedIn(scenario.getJsonObject(person).getString("email"), scenario.getString("password")));
        }
        people.put("admin", signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
    }

    // ---------------------------------------------------------------- who may see what

    /** One address and what each person gets: the status, or "login" for a redirect to sign in. */
    private record Rule(String path, String anonymous, String a, String b, String supervisorX, String supervisorY, String admin) {
        String expected(String person) {
            return switch (person) {
                case "anonymous" -> anonymous;
                case "a" -> a;
                case "b" -> b;
                case "supervisorX" -> supervisorX;
                case "supervisorY" -> supervisorY;
                default -> admin;
            };
        }
    }

    @Test
    void everyPageAndDownloadAnswersEachPersonAsTheirRoleAndScopeAllow() throws Exception {
        nextMinute();
        long a = id("a");
        long attemptA = scenario.getJsonNumber("attemptA").longValue();
        long certificateA = scenario.getJsonNumber("certificateA").longValue();
        String codeA = scenario.getString("codeA");
        long sessionA = scenario.getJsonNumber("sessionA").longValue();
        List<Rule> rules = List.of(
                //        path                                          anon     A      B      supX   supY   admin
                new Rule("/index.xhtml",                               "200",   "200", "200", "200", "200", "200"),
                new Rule("/about.xhtml",                               "200",   "200", "200", "200", "200", "200"),
                new Rule("/verify/" + codeA,                           "200",   "200", "200", "200", "200", "200"),
                new Rule("/verify/" + codeA + ".json",                 "200",   "200", "200", "200", "200", "200"),
                new Rule("/training/catalog.xhtml",                    "login", "200", "200", "200", "200", "200"),
                new Rule("/training/module.xhtml?module=foundations",  "login", "200", "200", "200", "200", "200"),
                new Rule("/training/practical.xhtml",                  "login", "200", "200", "200", "200", "200"),
                new Rule("/certification/mine.xhtml",                  "login", "200", "200", "200", "200", "200"),
                new Rule("/account/professional.xhtml",                "login", "200", "200", "200", "200", "200"),
                new Rule("/training/session.xhtml?session=" + sessionA, "login", "200", "404", "404", "404", "404"),
                new Rule("/account/password.xhtml",                    "login", "200", "200", "200", "200", "200"),
                new Rule("/quiz/start.xhtml?module=foundations",       "login", "200", "200", "404", "404", "404"),
                new Rule("/quiz/review.xhtml?attempt=" + attemptA,     "login", "200", "404", "404", "404", "404"),
                new Rule("/quiz/take.xhtml?attempt=" + attemptA,       "login", "302", "404", "404", "404", "404"),
                new Rule("/quiz/submit.xhtml?attempt=" + attemptA,     "login", "302", "404", "404", "404", "404"),
                new Rule("/certification/download/" + certificateA,    "login", "200", "404", "404", "404", "200"),
                new Rule("/records/certificate/" + certificateA,       "login", "404", "404", "200", "404", "200"),
                new Rule("/records/index.xhtml",                       "login", "404", "404", "200", "200", "200"),
                new Rule("/records/trainee.xhtml?id=" + a,             "login", "404", "404", "200", "404", "200"),
                new Rule("/records/attempt.xhtml?id=" + attemptA,      "login", "404", "404", "200", "404", "200"),
                new Rule("/records/transcript/" + a,                   "login", "404", "404", "200", "404", "200"),
                new Rule("/records/practical.xhtml",                   "login", "404", "404", "200", "200", "200"),
                new Rule("/records/assess.xhtml?session=" + sessionA,  "login", "404", "404", "200", "404", "200"),
                new Rule("/records/adverse-events.xhtml",              "login", "404", "404", "200", "200", "200"),
                new Rule("/records/profile-report/" + a + "/florida-pt", "login", "404", "404", "404", "404", "200"),
                new Rule("/records/profile-report/" + id("b") + "/florida-pt", "login", "404", "404", "404", "404", "404"),
                new Rule("/records/questions.xhtml",                   "login", "404", "404", "200", "200", "200"),
                new Rule("/records/overview.xhtml",                    "login", "404", "404", "200", "200", "200"),
                new Rule("/records/export.csv",                        "login", "404", "404", "200", "200", "200"),
                new Rule("/records/export.xlsx",                       "login", "404", "404", "200", "200", "200"),
                new Rule("/admin/accounts.xhtml",                      "login", "404", "404", "404", "404", "200"),
                new Rule("/admin/cohorts.xhtml",                       "login", "404", "404", "404", "404", "200"),
                new Rule("/admin/certificates.xhtml",                  "login", "404", "404", "404", "404", "200"),
                new Rule("/admin/registration.xhtml",                  "login", "404", "404", "404", "404", "200"));
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules) {
            for (var person : people.entrySet()) {
                Page answer = person.getValue().getRaw(rule.path());
                String got = answer.isRedirect() && answer.location().contains("/login.xhtml") ? "login" : String.valueOf(answer.status());
                if (!got.equals(rule.expected(person.getKey()))) {
                    wrong.add(person.getKey() + " " + rule.path() + ": expected " + rule.expected(person.getKey()) + ", got " + got);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theJsonApiAnswersJsonToEveryoneAndNeverAnHtmlRedirect() throws Exception {
        String path = "/api/attempts/" + scenario.getJsonNumber("attemptA").longValue() + "/questions/1";
        Map<String, Integer> expected = Map.of("anonymous", 401, "a", 410, "b", 404, "supervisorX", 404, "supervisorY", 404, "admin", 404);
        for (var person : people.entrySet()) {
            var answer = person.getValue().post(path, "answer=a&revision=2", Map.of("X-DNA-Autosave", "1"));
            assertEquals(expected.get(person.getKey()), answer.statusCode(), person.getKey() + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), person.getKey());
            assertTrue(answer.body().contains("\"message\""), answer.body());
        }
    }

    @Test
    void anotherCohortsSupervisorSeesNoneOfAsRecordsInListsOrExports() {
        String aEmail = scenario.getJsonObject("a").getString("email");
        WebClient supervisorY = people.get("supervisorY");
        for (String path : List.of("/records/index.xhtml", "/records/index.xhtml?q=Ann", "/records/practical.xhtml", "/records/export.csv",
                "/records/index.xhtml?cohort=" + scenario.getJsonNumber("cohortX").longValue())) {
            Page page = supervisorY.get(path);
            assertFalse(page.body().contains(aEmail), path + " shows trainee A to another cohort's supervisor");
            assertFalse(page.body().contains("Private notes of Ann Alpha"), path);
        }
        assertTrue(people.get("supervisorX").get("/records/export.csv").body().contains(aEmail), "A's own supervisor does see A");
    }

    @Test
    void idsPostedBackInHiddenFieldsAreReselectedThroughTheViewersScope() {
        String sessionA = String.valueOf(scenario.getJsonNumber("sessionA").longValue());
        WebClient supervisorY = people.get("supervisorY");

        // The sign-off list: another cohort's session id in place of the rows the page showed.
        Page list = supervisorY.get("/records/practical.xhtml");
        if (list.body().contains("id=\"signoff\"")) {
            Page tampered = supervisorY.submitRaw(list, "signoff", Map.of(), "rows:0:approve", Map.of("rows", sessionA));
            assertFalse(tampered.body().contains("Private notes of Ann Alpha"), "A's notes must not be read through a posted id");
            assertTrue(tampered.status() < 500, tampered.body());
        }
        Page signOffAsX = people.get("supervisorX").get("/records/assess.xhtml?session=" + sessionA);
        assertTrue(signOffAsX.body().contains("Private notes of Ann Alpha"), "A's own supervisor sees the notes");
        assertTrue(signOffAsX.text().contains("Waiting for assessment"), "nobody assessed A's session through a tampered post");

        // The trainee record: B's record, posting A's certificate id in place of B's certificates.
        String certificateA = String.valueOf(scenario.getJsonNumber("certificateA").longValue());
        Page recordOfB = supervisorY.get("/records/trainee.xhtml?id=" + id("b"));
        assertEquals(200, recordOfB.status());
        Page tampered = supervisorY.submitRaw(recordOfB, "certificates",
                Map.of("rows:0:reason", "tampered revocation"), "rows:0:revoke", Map.of("rows", certificateA));
        assertTrue(tampered.status() < 500, tampered.body());
        assertFalse(tampered.body().contains(scenario.getString("codeA")), "A's certificate code must not be shown");
        Page verify = people.get("admin").get("/verify/" + scenario.getString("codeA"));
        assertTrue(verify.text().contains("Valid"), "A's certificate was not revoked: " + verify.text());

        // The administrators' list takes back only ids that exist.
        Page accounts = people.get("admin").get("/admin/accounts.xhtml");
        Page unknown = people.get("admin").submitRaw(accounts, "accounts", Map.of(), "rows:0:save", Map.of("rows", "999999999"));
        assertTrue(unknown.status() < 500, unknown.body());
        assertTrue(unknown.text().contains("The list changed since you opened this page"), unknown.text());
    }

    @Test
    void aRevocationReasonIsShownOnlyToTheHoldersOwnSupervisorsAndAdministrators() throws Exception {
        nextMinute();
        String codeC = scenario.getString("codeC");
        String reason = "Revoked in a scenario";
        Map<String, Boolean> sees = Map.of("anonymous", false, "a", false, "b", false, "supervisorX", true, "supervisorY", false,
                "admin", true);
        for (var person : people.entrySet()) {
            Page page = person.getValue().get("/verify/" + codeC);
            assertTrue(page.text().contains("Revoked"), person.getKey());
            assertEquals(sees.get(person.getKey()), page.text().contains(reason), person.getKey() + " and the revocation reason");
        }
    }

    @Test
    void aRevokedCertificateDownloadsMarkedRevokedAndPersonalDownloadsAreNeverCached() throws Exception {
        var pdf = people.get("admin").download("/certification/download/" + scenario.getJsonNumber("certificateC").longValue());
        assertEquals(200, pdf.statusCode());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        String text = org.dnacademy.testing.CertificatePdfCheck.read(pdf.body()).text();
        assertTrue(text.contains("THIS CERTIFICATE IS NOT VALID") && text.contains("Revoked on"), text);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("valid until"), text);
        for (String download : List.of("/records/export.csv", "/records/export.xlsx", "/records/transcript/" + id("a"))) {
            var response = people.get("supervisorX").download(download);
            assertEquals(200, response.statusCode(), download);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), download);
        }
        assertEquals(404, people.get("a").getRaw("/api/application.wadl").status(), "no WADL description of the API");
    }

    // ---------------------------------------------------------------- hostile input

    /** What an attacker types: markup, SQL, control and direction characters, huge and malformed values, overflows. */
    static final List<String> CORPUS = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "1; DROP TABLE account; --",
            "\u0000", "\r\nSet-Cookie: x=1", "\u202Eevil", "\u200B", "a".repeat(10_000), "-1", "0", "2147483648",
            "9223372036854775808", "99999999999999999999", "NaN", "1e309", "../../../../WEB-INF/web.xml", "%00", "#{7*7}", "${7*7}",
            "http://evil.example/x.xhtml", "{\"json\": true}");

    @Test
    void everyPublicFormAndAddressAnswersHostileInputWithoutAServerError() {
        Map<String, String> before = counts();
        List<String> failures = new ArrayList<>();
        for (String value : CORPUS) {
            var client = new WebClient(uri());
            check(failures, "register name " + abbreviated(value), client.submit(client.get("/register.xhtml"), "register",
                    Map.of("name", value, "email", "hostile-" + Math.abs(value.hashCode()) + "@hostile.example", "password", "x", "confirmation", "y"),
                    "submit"));
            check(failures, "register email", client.submit(client.get("/register.xhtml"), "register",
                    Map.of("name", "Hostile", "email", value, "password", "a long and unusual passphrase",
                            "confirmation", "a long and unusual passphrase"), "submit"));
            check(failures, "login", client.submit(client.get("/login.xhtml"), "login", Map.of("email", value, "password", value), "submit"));
            for (String path : List.of("/verify.xhtml?code=", "/confirm-email.xhtml?token=", "/welcome.xhtml?token=")) {
                check(failures, path, client.getRaw(path + enc(value)));
            }
            check(failures, "/verify/", client.getRaw("/verify/" + enc(value)));
        }
        // Every refused registration stored nothing: the only accounts added are the ones whose input was valid.
        Map<String, String> after = counts();
        assertEquals(before.get("cohort"), after.get("cohort"));
        assertEquals(before.get("account"), after.get("account"), "no refused registration created an account");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everySignedInFormAndAddressAnswersHostileInputWithoutAServerError() throws Exception {
        long attemptA = scenario.getJsonNumber("attemptA").longValue();
        Map<String, String> before = counts();
        List<String> failures = new ArrayList<>();
        WebClient a = people.get("a");
        WebClient supervisorX = people.get("supervisorX");
        WebClient admin = people.get("admin");
        for (String value : CORPUS) {
            String v = enc(value);
            for (String path : List.of("/quiz/review.xhtml?attempt=" + v, "/quiz/take.xhtml?attempt=" + v, "/quiz/submit.xhtml?attempt=" + v,
                    "/quiz/take.xhtml?attempt=" + attemptA + "&q=" + v, "/quiz/start.xhtml?module=" + v, "/training/module.xhtml?module=" + v,
                    "/training/lesson.xhtml?module=foundations&lesson=" + v, "/certification/download/" + v, "/training/images/" + v + "/x.svg")) {
                check(failures, "trainee GET " + path, a.getRaw(path));
            }
            check(failures, "practical log", a.submit(a.get("/training/practical.xhtml"), "log",
                    Map.of("skill", value, "date", value, "region", value, "notes", value), "submit"));
            check(failures, "password", a.submit(a.get("/account/password.xhtml"), "password",
                    Map.of("current", value, "new", value, "confirmation", value), "submit"));
            var api = a.post("/api/attempts/" + attemptA + "/questions/" + v, "answer=" + v + "&revision=" + v,
                    Map.of("X-DNA-Autosave", "1"));
            if (api.statusCode() >= 500 || api.statusCode() < 400) {
                failures.add("autosave " + abbreviated(value) + ": " + api.statusCode());
            }
            for (String path : List.of("/records/index.xhtml?status=" + v, "/records/index.xhtml?module=" + v, "/records/index.xhtml?cohort=" + v,
                    "/records/index.xhtml?expiring=" + v, "/records/index.xhtml?page=" + v, "/records/index.xhtml?sort=" + v,
                    "/records/index.xhtml?q=" + v, "/records/trainee.xhtml?id=" + v, "/records/attempt.xhtml?id=" + v,
                    "/records/transcript/" + v, "/records/certificate/" + v, "/records/export.csv?status=" + v,
                    "/records/export.xlsx?expiring=" + v, "/records/certificates.zip?cohort=" + v, "/records/questions.xhtml?module=" + v)) {
                check(failures, "supervisor GET " + path, supervisorX.getRaw(path));
            }
            for (String path : List.of("/admin/cohorts.xhtml?cohort=" + v, "/admin/certificates.xhtml?search=" + v,
                    "/admin/certificates.zip?search=" + v)) {
                check(failures, "admin GET " + path, admin.getRaw(path));
            }
            check(failures, "cohort create", admin.submit(admin.get("/admin/cohorts.xhtml"), "create", Map.of("name", value, "due", value), "submit"));
            check(failures, "invite", admin.submit(admin.get("/admin/enrol.xhtml"), "one",
                    Map.of("name", value, "email", value, "role", value, "cohort", value), "send"));
            check(failures, "accounts search", admin.getRaw("/admin/accounts.xhtml?q=" + v + "&page=" + v));
            check(failures, "audit search", admin.getRaw("/admin/audit.xhtml?person=" + v + "&action=" + v + "&from=" + v));
            check(failures, "audit export", admin.getRaw("/admin/audit.csv?subject=" + v + "&to=" + v));
            check(failures, "registration settings", admin.submit(admin.get("/admin/registration.xhtml"), "registration",
                    Map.of("mode", value, "code", value), "save"));
        }
        Map<String, String> after = counts();
        for (String table : List.of("attempt", "certificate", "practical_session", "practical_decision", "site_setting", "cohort_member")) {
            assertEquals(before.get(table), after.get(table), table + ": nothing stored by hostile input");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void malformedRequestsAreRefusedWithAFourHundredAndAMessage() throws Exception {
        WebClient a = people.get("a");
        Page login = new WebClient(uri()).get("/login.xhtml");
        List<String> failures = new ArrayList<>();
        // A view state that is not the server's: the "page expired" page, nothing done.
        Page expired = people.get("admin").submitRaw(people.get("admin").get("/admin/cohorts.xhtml"), "create",
                Map.of("name", "Never created"), "submit", Map.of("jakarta.faces.ViewState", "-123:456"));
        expect(failures, "tampered view state", expired, 400, "This page has expired");
        // A body far beyond any form, and a body of unknown length.
        expect(failures, "2 MB post", new WebClient(uri()).postBody("/login.xhtml", "application/x-www-form-urlencoded",
                ("email=" + "a".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII), Map.of()), 413, "too large");
        // JSON where a form is expected.
        var json = a.post("/api/attempts/" + scenario.getJsonNumber("attemptA").longValue() + "/questions/1", "{\"answer\":\"a\"}",
                Map.of("X-DNA-Autosave", "1", "Content-Type", "application/json"));
        if (json.statusCode() != 415 || !json.body().contains("message")) {
            failures.add("JSON to the autosave API: " + json.statusCode() + " " + json.body());
        }
        // Invalid UTF-8 in a form and in an address.
        expect(failures, "invalid UTF-8 form", new WebClient(uri()).postBody("/login.xhtml", "application/x-www-form-urlencoded",
                "login=login&login%3Aemail=%C3%28%FF&login%3Apassword=%E2%82&login%3Asubmit=x".getBytes(StandardCharsets.US_ASCII), Map.of()),
                200, null);
        Page invalidAddress = new WebClient(uri()).getExact("/verify/%C3%28%FF");
        if (invalidAddress.status() >= 500) {
            failures.add("invalid UTF-8 address: " + invalidAddress.status());
        }
        // Traversal and remote includes through view ids and resource names.
        for (String path : List.of("/%2e%2e/WEB-INF/web.xml", "/training/%2e%2e/WEB-INF/web.xml", "/jakarta.faces.resource/web.xml.xhtml?ln=..",
                "/jakarta.faces.resource/css/site.css.xhtml?ln=%2e%2e%2fWEB-INF", "/jakarta.faces.resource/x.xhtml?con=http:%2F%2Fevil.example",
                "/login.xhtml;jsessionid=ABCDEF")) {
            Page refused = new WebClient(uri()).getExact(path);
            if (refused.status() < 400 || refused.status() >= 500 || refused.body().contains("<web-app")) {
                failures.add(path + ": " + refused.status());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(200, login.status());
    }

    @Test
    void aRevisionThatWouldOverflowIsRefusedAndTheQuestionCanStillBeSaved() throws Exception {
        String path = "/api/attempts/" + scenario.getJsonNumber("openAttemptB").longValue() + "/questions/1";
        WebClient b = people.get("b");
        var overflow = b.post(path, "answer=a&revision=2147483647", Map.of("X-DNA-Autosave", "1"));
        assertEquals(400, overflow.statusCode(), overflow.body());
        var beyond = b.post(path, "answer=a&revision=2147483648", Map.of("X-DNA-Autosave", "1"));
        assertEquals(400, beyond.statusCode(), beyond.body());
        var normal = b.post(path, "revision=2", Map.of("X-DNA-Autosave", "1"));
        assertEquals(204, normal.statusCode(), "the question is not frozen: " + normal.body());
    }

    // ---------------------------------------------------------------- helpers

    private void check(List<String> failures, String what, Page page) {
        if (page.status() >= 500 || page.text().contains("Something went wrong")) {
            failures.add(what + ": " + page.status() + " " + abbreviated(page.text()));
        }
        if (page.body().contains("<script>alert(1)</script>") || page.body().contains("<img src=x onerror")) {
            failures.add(what + ": markup from the request came back unescaped");
        }
    }

    private static void expect(List<String> failures, String what, Page page, int status, String message) {
        boolean statusOk = status < 0 ? page.status() >= 400 && page.status() < 500 : page.status() == status;
        if (!statusOk || (message != null && !page.text().contains(message))) {
            failures.add(what + ": " + page.status() + " " + abbreviated(page.text()));
        }
    }

    private Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        for (String line : new WebClient(uri()).getRaw("/test-support/counts").body().split("\n")) {
            String[] parts = line.split("=");
            if (parts.length == 2) {
                counts.put(parts[0], parts[1]);
            }
        }
        return counts;
    }

    private WebClient signedIn(String email, String password) {
        var client = new WebClient(uri());
        Page home = client.submit(client.get("/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
        if (!home.text().contains("Welcome")) {
            fail("could not sign in as " + email + ": " + home.text());
        }
        return client;
    }

    private long id(String person) {
        return scenario.getJsonObject(person).getJsonNumber("id").longValue();
    }

    private URI uri() {
        return URI.create(base.toExternalForm());
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }
}
