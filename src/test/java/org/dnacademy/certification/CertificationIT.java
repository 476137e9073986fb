package org.dnacademy.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateKind;
import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.progress.entity.PracticalSkillDefinition;
import org.dnacademy.quiz.control.Availability.State;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.AttemptQuestion;
import org.dnacademy.records.control.Cohorts;
import org.dnacademy.records.control.CompletionRecords;
import org.dnacademy.records.control.TraineeRecord;
import org.dnacademy.records.entity.CohortRole;
import org.dnacademy.testing.CurriculumCopy;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.clock.AdjustableClock;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.control.CurriculumLoader;
import org.dnacademy.training.entity.Lesson;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * Certificates inside the server: issued exactly once for a passed attempt and never for a failed
 * one, expiry and recertification with the history kept, revocation, content changes that require
 * recertification, and the programme certificate.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(AdjustableClock.class);
    }

    @Inject
    Certificates certificates;

    @Inject
    Quizzes quizzes;

    @Inject
    Accounts accounts;

    @Inject
    org.dnacademy.testing.TestAccounts testAccounts;

    @Inject
    Progress progress;

    @Inject
    CurriculumCatalog catalog;

    @Inject
    CurriculumLoader loader;

    @Inject
    AuditLog audit;

    @Inject
    PracticalSkills practicalSkills;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        AdjustableClock.reset();
    }

    private long trainee(String name) {
        return testAccounts.registerConfirmed(UUID.randomUUID() + "@certificates.example", name, "a long and unusual passphrase").getId();
    }

    private void readLessons(long trainee, String module) {
        for (Lesson lesson : catalog.current(module).getLessons()) {
            progress.lessonRead(trainee, lesson);
        }
    }

    /** Reads the module and takes its quiz, answering everything right or leaving everything blank. */
    private long takeQuiz(long trainee, String module, boolean pass) {
        readLessons(trainee, module);
        long attemptId = quizzes.startOrResume(trainee, module);
        if (pass) {
            for (AttemptQuestion q : quizzes.attempt(trainee, attemptId).getQuestions()) {
                quizzes.answer(trainee, attemptId, q.getPosition(), q.getQuestion().getCorrectOptionKeys(), false,
                        q.getRevision() + 1);
            }
        }
        quizzes.submit(trainee, attemptId);
        return attemptId;
    }

    /** A day later, foundations changes and the change requires recertification; restore the curriculum afterwards. */
    private void publishFoundationsRequiringRecertification() throws IOException {
        Path copy = CurriculumCopy.create();
        Path yaml = copy.resolve("01-foundations/module.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("change-requires-recertification: false", "change-requires-recertification: true"));
        AdjustableClock.advance(Duration.ofDays(1));
        loader.publish(CurriculumReader.read(copy));
    }

    private List<Certificate> moduleCertificates(long trainee, String module) {
        return certificates.ofAccount(trainee).stream()
                .filter(c -> c.getKind() == CertificateKind.MODULE && module.equals(c.getModuleKey())).toList();
    }

    @Test
    void aPassIssuesExactlyOneCertificateEvenUnderParallelSubmissionsAndAFailIssuesNone() throws Exception {
        long failing = trainee("Fay Failing");
        takeQuiz(failing, "foundations", false);
        assertTrue(certificates.ofAccount(failing).isEmpty(), "no certificate for a failed attempt");

        long trainee = trainee("Pat Parallel");
        readLessons(trainee, "foundations");
        long attemptId = quizzes.startOrResume(trainee, "foundations");
        for (AttemptQuestion q : quizzes.attempt(trainee, attemptId).getQuestions()) {
            quizzes.answer(trainee, attemptId, q.getPosition(), q.getQuestion().getCorrectOptionKeys(), false, 1);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Callable<Object> submit = () -> {
                start.await();
                return quizzes.submit(trainee, attemptId);
            };
            results.add(executor.submit(submit));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get();
        }

        List<Certificate> issued = certificates.ofAccount(trainee);
        assertEquals(1, issued.size());
        Certificate certificate = issued.get(0);
        assertEquals("Pat Parallel", certificate.getHolderName());
        assertEquals(attemptId, certificate.getAttemptId());
        assertEquals(100, certificate.getScorePercent());
        assertEquals(catalog.current("foundations").getContentHash(), certificate.getModuleVersion().getContentHash());
        assertEquals(certificate.getIssuedOn().plusMonths(24), certificate.getExpiresOn());
        assertEquals(CertificateStatus.VALID, certificates.statusOf(certificate));
        assertEquals(certificate.getId(), certificates.findByCode(certificate.getCode().toLowerCase().replace("-", " ")).orElseThrow().getId(),
                "found by the code as a person might type it");
        assertEquals(1, audit.byAction(AuditAction.CERTIFICATE_ISSUED).stream().filter(e -> certificate.getCode().equals(e.getSubject())).count());
    }

    @Test
    void anExpiringCertificateOpensRecertificationWhichSupersedesItAndKeepsTheHistory() {
        long trainee = trainee("Rae Recertifier");
        takeQuiz(trainee, "foundations", true);
        Certificate first = moduleCertificates(trainee, "foundations").get(0);
        assertEquals(State.PASSED, quizzes.availability(trainee, "foundations").state(), "no retake while valid");

        long daysToExpiry = Duration.between(first.getIssuedAt(), first.getExpiresOn().atStartOfDay().toInstant(java.time.ZoneOffset.UTC)).toDays();
        AdjustableClock.advance(Duration.ofDays(daysToExpiry - 30));
        assertEquals(CertificateStatus.EXPIRING_SOON, certificates.statusOf(first));
        assertEquals(State.AVAILABLE, quizzes.availability(trainee, "foundations").state(), "recertification is open");

        takeQuiz(trainee, "foundations", true);
        List<Certificate> history = moduleCertificates(trainee, "foundations");
        assertEquals(2, history.size(), "the old certificate is kept");
        Certificate renewed = history.get(0);
        Certificate old = certificates.get(first.getId());
        assertNotEquals(old.getCode(), renewed.getCode());
        assertEquals(CertificateStatus.SUPERSEDED, certificates.statusOf(old));
        assertEquals(renewed.getId(), old.getSupersededById());
        assertEquals(CertificateStatus.VALID, certificates.statusOf(renewed));
        assertTrue(renewed.getExpiresOn().isAfter(old.getExpiresOn()), "new dates");

        AdjustableClock.advance(Duration.ofDays(800));
        assertEquals(CertificateStatus.EXPIRED, certificates.statusOf(renewed));
    }

    @Test
    void theAdministratorsListIsSearchedAndPagedByTheDatabaseNewestFirst() {
        String name = "Pia Paged " + UUID.randomUUID().toString().substring(0, 8);
        long trainee = trainee(name);
        takeQuiz(trainee, "foundations", true);
        Certificate certificate = moduleCertificates(trainee, "foundations").get(0);

        var byName = certificates.search(name.toUpperCase(java.util.Locale.ROOT), 1, 50);
        assertEquals(1, byName.total(), "the holder's name, in any case");
        assertEquals(certificate.getId(), byName.rows().get(0).getId());
        assertEquals(1, certificates.search(certificate.getCode().toLowerCase(java.util.Locale.ROOT), 1, 50).total(), "the code");
        assertEquals(0, certificates.search(name + "%_", 1, 50).total(), "wildcards are taken literally");
        var first = certificates.search(null, 1, 1);
        assertEquals(1, first.rows().size());
        assertTrue(first.total() >= 1 && first.pages() == first.total());
        assertEquals(first.pages(), certificates.search("", Integer.MAX_VALUE, 1).page(), "a page past the end shows the last");
        assertEquals(List.of(certificate.getId()), certificates.matching(name).stream().map(Certificate::getId).toList());
        assertEquals(certificates.statusOf(certificate), certificates.statusOf(certificate, catalog.currentModules()),
                "judged against the current modules read once, the same status");
    }

    @Test
    void revocationNeedsAReasonHappensOnceAndIsAudited() {
        long trainee = trainee("Rob Revoked");
        takeQuiz(trainee, "foundations", true);
        Certificate certificate = moduleCertificates(trainee, "foundations").get(0);

        assertThrows(RejectedException.class, () -> certificates.revoke("admin@test.example", certificate.getId(), "  "));
        assertEquals(CertificateStatus.VALID, certificates.statusOf(certificates.get(certificate.getId())), "a refused revocation changes nothing");

        certificates.revoke("admin@test.example", certificate.getId(), "Practised outside supervision");
        Certificate revoked = certificates.get(certificate.getId());
        assertEquals(CertificateStatus.REVOKED, certificates.statusOf(revoked));
        assertEquals("Practised outside supervision", revoked.getRevocationReason());
        assertThrows(RejectedException.class, () -> certificates.revoke("admin@test.example", certificate.getId(), "again"));
        assertTrue(audit.byAction(AuditAction.CERTIFICATE_REVOKED).stream().anyMatch(e -> certificate.getCode().equals(e.getSubject())));
    }

    @Test
    void aContentChangeThatRequiresItAsksHoldersOfOlderVersionsToRecertify() throws IOException {
        long trainee = trainee("Cal Changed");
        takeQuiz(trainee, "foundations", true);
        Certificate certificate = moduleCertificates(trainee, "foundations").get(0);
        assertEquals(CertificateStatus.VALID, certificates.statusOf(certificate));

        try {
            publishFoundationsRequiringRecertification();
            ModuleVersion changed = catalog.current("foundations");
            assertTrue(changed.isChangeRequiresRecertification());
            assertEquals(CertificateStatus.RECERTIFICATION_REQUIRED, certificates.statusOf(certificate));
            LocalDate deadline = certificates.recertifyBy(certificate).orElseThrow();
            assertEquals(LocalDate.ofInstant(changed.getLoadedAt(), java.time.ZoneOffset.UTC).plusDays(90), deadline);
            assertEquals(State.AVAILABLE, quizzes.availability(trainee, "foundations").state());
        } finally {
            loader.publish(CurriculumReader.read(CurriculumLoader.curriculumFolder()));
        }
        assertEquals(CertificateStatus.VALID, certificates.statusOf(certificate), "back on the version it was issued for");
    }

    @Test
    void everyModuleAndEveryRequiredPracticalSkillIssueTheProgrammeCertificateOnce() {
        long trainee = trainee("Pia Programme");
        for (ModuleVersion module : catalog.currentModules()) {
            takeQuiz(trainee, module.getModuleKey(), true);
        }
        assertTrue(certificates.ofAccount(trainee).stream().noneMatch(c -> c.getKind() == CertificateKind.PROGRAMME),
                "not before the practical skills are signed off");

        var admin = accounts.findByEmail(Settings.current().adminEmail()).orElseThrow();
        List<PracticalSkillDefinition> required = practicalSkills.current().stream().filter(PracticalSkillDefinition::isRequired).toList();
        assertTrue(required.size() >= 4, "the curriculum's required skills are loaded: " + required.size());
        String adminPassword = Settings.current().adminPassword().orElseThrow();
        var holder = accounts.get(trainee);
        var first = practice.log(holder, required.get(0), null);
        assertThrows(RejectedException.class, () -> practicalSkills.returnUnassessed(admin, first.getId(), " "), "a return needs a reason");
        practicalSkills.returnUnassessed(admin, first.getId(), "Logged under the wrong skill");
        practice.assessCompetent(admin, adminPassword, first);
        assertEquals(2, practicalSkills.findSession(first.getId()).orElseThrow().getDecisions().size(), "decisions are appended, not edited");
        for (PracticalSkillDefinition skill : required) {
            practice.makeCompetent(holder, admin, adminPassword, skill);
        }
        List<Certificate> programme = certificates.ofAccount(trainee).stream()
                .filter(c -> c.getKind() == CertificateKind.PROGRAMME).toList();
        assertEquals(1, programme.size());
        LocalDate earliest = certificates.ofAccount(trainee).stream().filter(c -> c.getKind() == CertificateKind.MODULE)
                .map(Certificate::getExpiresOn).min(LocalDate::compareTo).orElseThrow();
        assertEquals(earliest, programme.get(0).getExpiresOn());
        assertEquals(Certificates.PROGRAMME_TITLE, programme.get(0).getCertifiedFor());
        // It names the practical skills signed off, with their regions, and sums the modules' CPD hours.
        List<String> competence = programme.get(0).getCompetence();
        assertEquals(required.size(), competence.size(), competence.toString());
        PracticalSkillDefinition byRegion = required.stream().filter(PracticalSkillDefinition::isByRegion).findFirst().orElseThrow();
        String regionTitle = practicalSkills.regionTitles().get(byRegion.getRegionKeys().get(0));
        assertTrue(competence.stream().anyMatch(line -> line.startsWith(byRegion.getTitle()) && line.contains(regionTitle)), competence.toString());
        assertEquals(catalog.currentModules().stream().map(ModuleVersion::getCpdHours).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .compareTo(programme.get(0).getCpdHours()), 0, "CPD hours: " + programme.get(0).getCpdHours());
        assertEquals(catalog.currentModules().size() + 1, certificates.ofAccount(trainee).size(), "a certificate per module and the programme's");
    }

    @Inject
    CompletionRecords completionRecords;

    @Inject
    org.dnacademy.testing.Practice practice;

    @Inject
    Cohorts cohorts;

    /**
     * The dashboard chooses trainees in SQL; each trainee's record is assembled in Java from the
     * rules of progress and certification. For every status, module and window, on days before
     * and after expiry and after a change that requires recertification, both must name the same
     * trainees.
     */
    @Test
    void theDashboardsFiltersChooseExactlyTheTraineesTheirRecordsDescribe() throws IOException {
        var admin = accounts.findByEmail(Settings.current().adminEmail()).orElseThrow();
        var cohort = cohorts.create(admin.getEmail(), "Filters " + UUID.randomUUID(), certificates.today().plusDays(10));
        List<Long> trainees = new ArrayList<>();
        for (String name : List.of("Nia Nothing", "Ira Reading", "Rey Ready", "Pam Passed", "Rex Revoked", "Fay Failed", "Cy Certified")) {
            long trainee = trainee(name);
            cohorts.addMember(admin.getEmail(), cohort.getId(), accounts.get(trainee).getEmail(), CohortRole.TRAINEE);
            trainees.add(trainee);
        }
        progress.lessonRead(trainees.get(1), catalog.current("foundations").getLessons().get(0));
        readLessons(trainees.get(2), "foundations");
        takeQuiz(trainees.get(3), "foundations", true);
        takeQuiz(trainees.get(4), "foundations", true);
        certificates.revoke(admin.getEmail(), moduleCertificates(trainees.get(4), "foundations").get(0).getId(), "Test of revocation");
        takeQuiz(trainees.get(5), "foundations", false);
        for (ModuleVersion module : catalog.currentModules()) {
            takeQuiz(trainees.get(6), module.getModuleKey(), true);
        }
        practice.makeCompetentInRequired(accounts.get(trainees.get(6)), admin, Settings.current().adminPassword().orElseThrow());

        assertFiltersAgree(admin, cohort.getId(), "NOT_STARTED", "IN_PROGRESS", "READY_FOR_QUIZ", "PASSED", "LOCKED", "VALID", "REVOKED",
                "CERTIFIED");

        try {
            publishFoundationsRequiringRecertification();
            assertFiltersAgree(admin, cohort.getId(), "RECERTIFICATION_REQUIRED", "NOT_STARTED", "PASSED");
            AdjustableClock.advance(Duration.ofDays(91));
            assertFiltersAgree(admin, cohort.getId(), "EXPIRED", "VALID");
        } finally {
            loader.publish(CurriculumReader.read(CurriculumLoader.curriculumFolder()));
        }

        // A lesson reworded: Rey and Fay, who had read every lesson, are in progress again until they read the new wording.
        var inProgress = new CompletionRecords.Filter(cohort.getId(), "foundations", "IN_PROGRESS", null, false, null, null);
        var ready = new CompletionRecords.Filter(cohort.getId(), "foundations", "READY_FOR_QUIZ", null, false, null, null);
        assertEquals(java.util.Set.of(trainees.get(1)), java.util.Set.copyOf(completionRecords.matchingIds(admin, inProgress)));
        try {
            Path copy = CurriculumCopy.create();
            Path lesson = copy.resolve("01-foundations/lessons/02-mechanisms.md");
            Files.writeString(lesson, Files.readString(lesson).replace("You can needle without a theory", "You can needle without any theory"));
            loader.publish(CurriculumReader.read(copy));
            assertEquals(java.util.Set.of(trainees.get(1), trainees.get(2), trainees.get(5)),
                    java.util.Set.copyOf(completionRecords.matchingIds(admin, inProgress)));
            assertFiltersAgree(admin, cohort.getId(), "IN_PROGRESS", "NOT_STARTED", "PASSED");
            progress.lessonRead(trainees.get(2), catalog.current("foundations").getLessons().get(1));
            assertEquals(java.util.Set.of(trainees.get(2)), java.util.Set.copyOf(completionRecords.matchingIds(admin, ready)));
            assertFiltersAgree(admin, cohort.getId(), "IN_PROGRESS", "READY_FOR_QUIZ");
        } finally {
            loader.publish(CurriculumReader.read(CurriculumLoader.curriculumFolder()));
        }
        // The first wording's version is current again, and Rey's and Fay's reading of it counts as before.
        assertEquals(java.util.Set.of(trainees.get(1)), java.util.Set.copyOf(completionRecords.matchingIds(admin, inProgress)));
        assertEquals(java.util.Set.of(trainees.get(2), trainees.get(5)), java.util.Set.copyOf(completionRecords.matchingIds(admin, ready)));

        Certificate passed = moduleCertificates(trainees.get(3), "foundations").get(0);
        AdjustableClock.reset();
        AdjustableClock.advance(Duration.ofDays(passed.getExpiresOn().toEpochDay() - certificates.today().toEpochDay() - 20));
        assertFiltersAgree(admin, cohort.getId(), "EXPIRING_SOON", "CERTIFIED");
        assertEquals(6, completionRecords.count(admin, new CompletionRecords.Filter(cohort.getId(), null, null, null, true, null, null)),
                "past the cohort's due date, everyone but the certified trainee is overdue");
        AdjustableClock.advance(Duration.ofDays(30));
        assertFiltersAgree(admin, cohort.getId(), "EXPIRED");
    }

    /**
     * Compares the SQL filters with the records for every combination, and checks that each of
     * {@code present} matches someone, so the comparison cannot pass by everything being empty.
     */
    private void assertFiltersAgree(org.dnacademy.identity.entity.Account viewer, long cohortId, String... present) {
        var noFilter = new CompletionRecords.Filter(cohortId, null, null, null, false, null, null);
        List<TraineeRecord> records = completionRecords.page(viewer, noFilter, 1).rows();
        assertEquals(7, records.size());
        List<String> statuses = new ArrayList<>(List.of("CERTIFIED"));
        java.util.stream.Stream.of(ModuleStatus.values(), CertificateStatus.values()).flatMap(java.util.Arrays::stream)
                .map(Enum::name).forEach(statuses::add);
        List<String> modules = new ArrayList<>(java.util.Arrays.asList((String) null));
        catalog.currentModules().forEach(m -> modules.add(m.getModuleKey()));
        java.util.Set<String> found = new java.util.HashSet<>();
        for (String module : modules) {
            for (String status : statuses) {
                var filter = new CompletionRecords.Filter(cohortId, module, status, null, false, null, null);
                java.util.Set<Long> expected = idsOf(records.stream().filter(r -> hasStatus(r, module, status)));
                assertEquals(expected, java.util.Set.copyOf(completionRecords.matchingIds(viewer, filter)), status + " in " + module);
                if (!expected.isEmpty()) {
                    found.add(status);
                }
            }
            for (int days : new int[] {0, 30, 60, 800}) {
                var filter = new CompletionRecords.Filter(cohortId, module, null, days, false, null, null);
                LocalDate limit = certificates.today().plusDays(days);
                java.util.Set<Long> expected = idsOf(records.stream().filter(r -> inScope(r, module).anyMatch(m -> m.certificate() != null
                        && m.certificate().isCurrent() && !m.certificate().getExpiresOn().isAfter(limit))));
                assertEquals(expected, java.util.Set.copyOf(completionRecords.matchingIds(viewer, filter)), "expiring in " + days + " in " + module);
            }
        }
        var overdue = new CompletionRecords.Filter(cohortId, null, null, null, true, null, null);
        assertEquals(idsOf(records.stream().filter(TraineeRecord::overdue)), java.util.Set.copyOf(completionRecords.matchingIds(viewer, overdue)));
        assertTrue(found.containsAll(List.of(present)), "statuses present: " + found);
    }

    private static java.util.Set<Long> idsOf(java.util.stream.Stream<TraineeRecord> records) {
        return records.map(r -> r.trainee().getId()).collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.stream.Stream<TraineeRecord.ModuleStanding> inScope(TraineeRecord record, String module) {
        return record.modules().stream().filter(m -> module == null || m.module().getModuleKey().equals(module));
    }

    /** What the status filter means, stated on one assembled record. */
    private static boolean hasStatus(TraineeRecord record, String module, String status) {
        if (status.equals("CERTIFIED")) {
            return record.isCertified();
        }
        return inScope(record, module).anyMatch(m -> m.status().name().equals(status)
                || (m.certificateStatus() != null && m.certificateStatus().name().equals(status)));
    }

    @ArquillianResource
    URL deployed;

    /** A name the certificate font cannot print: a clear answer, and the certificate still verifies. */
    @Test
    void aNameOutsideTheCertificateFontGetsAClearAnswerInsteadOfAPdf() throws Exception {
        String email = UUID.randomUUID() + "@certificates.example";
        long trainee = testAccounts.registerConfirmed(email, "李小龙", "a long and unusual passphrase").getId();
        takeQuiz(trainee, "foundations", true);
        Certificate certificate = moduleCertificates(trainee, "foundations").get(0);

        var holder = new WebClient(URI.create(deployed.toExternalForm()));
        holder.submit(holder.get("/login.xhtml"), "login", java.util.Map.of("email", email, "password", "a long and unusual passphrase"), "submit");
        var pdf = holder.download("/certification/download/" + certificate.getId());
        assertEquals(422, pdf.statusCode());
        String message = new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(message.contains("status can be checked at") && message.contains(certificate.getCode()), message);
        assertEquals(CertificateStatus.VALID, certificates.statusOf(certificate));

        // In a ZIP, the certificate that cannot be printed is listed instead of breaking the download.
        var admin = new WebClient(URI.create(deployed.toExternalForm()));
        // Inside the server the test reads the administrator's sign-in from the server's own settings.
        admin.submit(admin.get("/login.xhtml"), "login", java.util.Map.of("email", Settings.current().adminEmail(),
                "password", Settings.current().adminPassword().orElseThrow()), "submit");
        var zip = admin.download("/admin/certificates.zip?search=" + certificate.getCode());
        assertEquals(200, zip.statusCode());
        assertEquals("no-store", zip.headers().firstValue("Cache-Control").orElse(""), "personal data is not cached");
        java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertEquals(java.util.Set.of("not-printed.txt"), entries.keySet(), "no broken PDF in the ZIP");
        assertTrue(entries.get("not-printed.txt").contains(certificate.getCode()), entries.toString());
    }

    @Test
    @RunAsClient
    void unknownAndMalformedCodesAnswerAlikeAndLookUpsAreRateLimited(@ArquillianResource URL base) throws Exception {
        var client = new WebClient(URI.create(base.toExternalForm()));
        var unknown = client.getRaw("/verify/DNA-0000-0000-0000-00000.json");
        var malformed = client.getRaw("/verify/not-a-code.json");
        assertEquals(404, unknown.status());
        assertEquals(404, malformed.status());
        assertEquals(unknown.body(), malformed.body(), "nothing tells an unknown code from a malformed one");
        assertTrue(unknown.header("Content-Type").startsWith("application/json"));
        var page = client.get("/verify/not-a-code");
        assertTrue(page.text().contains("No certificate with this code exists"), page.text());
        var unknownPage = client.get("/verify.xhtml?code=DNA-0000-0000-0000-00000");
        assertTrue(unknownPage.text().contains("No certificate with this code exists"));
        assertFalse(unknownPage.text().contains("Holder"));

        int tooMany = 0;
        for (int i = 0; i < 40; i++) {
            if (client.getRaw("/verify/DNA-ZZZZ-ZZZZ-ZZZZ-ZZZZZ.json").status() == 429) {
                tooMany++;
            }
        }
        assertTrue(tooMany >= 10, "look-ups past 30 a minute are refused: " + tooMany);
        assertEquals(429, client.getRaw("/verify/anything").status(), "the page and the JSON share the limit");
    }

}
