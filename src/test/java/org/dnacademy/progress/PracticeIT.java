package org.dnacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.Professionals;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Outbox;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.control.LearningHours;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.control.ProfileProgress;
import org.dnacademy.progress.entity.AdverseEvent;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.PracticalSkillDefinition;
import org.dnacademy.progress.entity.ProfileStanding;
import org.dnacademy.progress.entity.StepMark;
import org.dnacademy.quiz.control.Availability;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.records.control.Cohorts;
import org.dnacademy.records.control.SignOffs;
import org.dnacademy.records.entity.CohortRole;
import org.dnacademy.testing.Deployments;
import org.dnacademy.testing.Practice;
import org.dnacademy.testing.TestAccounts;
import org.dnacademy.testing.WebClient;
import org.dnacademy.testing.clock.AdjustableClock;
import org.dnacademy.training.content.DeliveryMode;
import org.dnacademy.training.content.ObservationMode;
import org.dnacademy.training.control.CurriculumCatalog;

/**
 * Inside the server: practical competence as supervisors sign it. A signature needs the signer's
 * password (nothing is recorded otherwise); a critical step not done is "not yet competent";
 * corrections are appended; competence is held per region; another cohort's supervisor reaches
 * nothing; a serious adverse event reaches the cohort's supervisors at once; a cohort's profile
 * asks for a qualified supervisor and shows the trainee's standing; a cohort's reading time gates
 * the quiz; logged hours are confirmed once.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeIT {

    private static final String PASSWORD = "observed practice";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(AdjustableClock.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TestAccounts testAccounts;

    @Inject
    Accounts accounts;

    @Inject
    Cohorts cohorts;

    @Inject
    SignOffs signOffs;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Practice practice;

    @Inject
    Professionals professionals;

    @Inject
    ProfileProgress profiles;

    @Inject
    LearningHours learningHours;

    @Inject
    Quizzes quizzes;

    @Inject
    CurriculumCatalog catalog;

    @Inject
    Outbox outbox;

    @Inject
    org.dnacademy.progress.control.Progress progress;

    @AfterEach
    void resetClock() {
        AdjustableClock.reset();
    }

    /** A trainee and a supervisor in one cohort, and a supervisor of another cohort. */
    private record People(Account trainee, Account supervisor, Account otherSupervisor, long cohortId) {
    }

    private People people(String tag) {
        String admin = Settings.current().adminEmail();
        String unique = tag + "-" + UUID.randomUUID().toString().substring(0, 6);
        Account trainee = testAccounts.registerConfirmed("t-" + unique + "@practice.example", "Tara " + unique, PASSWORD);
        Account supervisor = accounts.changeRole(admin, testAccounts.registerConfirmed("s-" + unique + "@practice.example", "Sam " + unique,
                PASSWORD).getId(), Role.SUPERVISOR);
        Account other = accounts.changeRole(admin, testAccounts.registerConfirmed("o-" + unique + "@practice.example", "Otto " + unique,
                PASSWORD).getId(), Role.SUPERVISOR);
        long cohort = cohorts.create(admin, "Practice " + unique, null).getId();
        cohorts.addMember(admin, cohort, trainee.getEmail(), CohortRole.TRAINEE);
        cohorts.addMember(admin, cohort, supervisor.getEmail(), CohortRole.SUPERVISOR);
        long otherCohort = cohorts.create(admin, "Elsewhere " + unique, null).getId();
        cohorts.addMember(admin, otherCohort, other.getEmail(), CohortRole.SUPERVISOR);
        return new People(trainee, supervisor, other, cohort);
    }

    private PracticalSkillDefinition skill(boolean byRegion) {
        return practicalSkills.current().stream().filter(s -> s.isByRegion() == byRegion && s.getRegionKeys().size() != 1).findFirst()
                .orElseThrow();
    }

    private static List<StepMark.Mark> allDone(PracticalSkillDefinition skill) {
        return new ArrayList<>(Collections.nCopies(skill.getSteps().size(), StepMark.Mark.DONE));
    }

    private PracticalDecision assess(Account signer, String password, PracticalSession session, List<StepMark.Mark> marks, String comment,
            Long corrects, String reason) {
        return signOffs.assess(signer, password, session.getId(), marks, Collections.nCopies(marks.size(), null),
                PracticalDecision.GlobalRating.MEETS_EXPECTATIONS, ObservationMode.IN_PERSON, comment, corrects, reason);
    }

    @Test
    void aWrongPasswordSignsNothingAndACriticalStepNotDoneIsNotYetCompetentUntilCorrected() {
        People p = people("sign");
        PracticalSkillDefinition skill = skill(false);
        PracticalSession session = practice.log(p.trainee(), skill, null);

        RejectedException wrong = assertThrows(RejectedException.class, () -> assess(p.supervisor(), "not my password", session,
                allDone(skill), null, null, null));
        assertTrue(wrong.getMessage().toLowerCase().contains("password"), wrong.getMessage());
        assertTrue(practicalSkills.findSession(session.getId()).orElseThrow().getDecisions().isEmpty(), "nothing recorded");

        int critical = skill.getSteps().stream().filter(s -> s.isCritical()).findFirst().orElseThrow().getPosition() - 1;
        List<StepMark.Mark> missed = allDone(skill);
        missed.set(critical, StepMark.Mark.NOT_DONE);
        assertThrows(RejectedException.class, () -> assess(p.supervisor(), PASSWORD, session, missed, null, null, null),
                "a step not done needs a comment");
        PracticalDecision first = assess(p.supervisor(), PASSWORD, session, missed, "Check hand hygiene before you start.", null, null);
        assertEquals(PracticalDecision.Outcome.NOT_YET_COMPETENT, first.getOutcome());
        assertEquals(1, first.getCriticalStepsMissed().size());
        assertTrue(first.getSignedStatement().contains("directly observed this session in person"), first.getSignedStatement());
        assertEquals(p.supervisor().getDisplayName(), first.getSignerName());

        assertThrows(RejectedException.class, () -> assess(p.supervisor(), PASSWORD, session, allDone(skill), null, null, null),
                "a second assessment must say it corrects the first");
        assertThrows(RejectedException.class, () -> assess(p.supervisor(), PASSWORD, session, allDone(skill), null, first.getId(), " "),
                "a correction needs a reason");
        PracticalDecision corrected = assess(p.supervisor(), PASSWORD, session, allDone(skill), null, first.getId(),
                "Marked the wrong step: hand hygiene was done.");
        List<PracticalDecision> decisions = practicalSkills.findSession(session.getId()).orElseThrow().getDecisions();
        assertEquals(2, decisions.size(), "the correction is appended; the first stays");
        assertEquals(PracticalDecision.Outcome.NOT_YET_COMPETENT, decisions.get(0).getOutcome());
        assertEquals(first.getId(), corrected.getCorrectsId());
        assertTrue(practicalSkills.findSession(session.getId()).orElseThrow().isCompetent());
        PracticalSession own = practice.log(p.trainee(), skill, null);
        assertThrows(NotFoundException.class, () -> assess(p.trainee(), PASSWORD, own, allDone(skill), null, null, null),
                "a trainee is not in their own supervisors' scope");
        RejectedException self = assertThrows(RejectedException.class, () -> practice.assessCompetent(p.trainee(), PASSWORD, own));
        assertTrue(self.getMessage().contains("Nobody signs off their own practice"), self.getMessage());
    }

    @Test
    void competenceIsHeldPerRegion() {
        People p = people("region");
        PracticalSkillDefinition skill = skill(true);
        String first = skill.getRegionKeys().get(0);
        for (int i = 0; i < skill.getObservedSessions(); i++) {
            practice.assessCompetent(p.supervisor(), PASSWORD, practice.log(p.trainee(), skill, first, null));
        }
        var competence = practicalSkills.competence(p.trainee().getId()).stream()
                .filter(c -> c.skill().getSkillKey().equals(skill.getSkillKey())).findFirst().orElseThrow();
        assertTrue(competence.regions().get(0).isSignedOff());
        assertFalse(competence.regions().get(1).isSignedOff());
        assertFalse(competence.isComplete(), "signed off in one region is not the skill");
        assertThrows(RejectedException.class, () -> practicalSkills.log(p.trainee().getId(), p.trainee().getEmail(), skill.getSkillKey(),
                LocalDate.now(), null, "somewhere", null), "a skill signed off by region needs the region");
    }

    @Test
    void anotherCohortsSupervisorReachesNoneOfTheSessionsAndASeriousEventAlertsTheCohortsSupervisors() {
        People p = people("isolation");
        PracticalSkillDefinition skill = skill(false);
        PracticalSession session = practice.log(p.trainee(), skill, null);

        assertTrue(signOffs.findVisible(p.otherSupervisor(), session.getId()).isEmpty());
        assertTrue(signOffs.visibleTo(p.otherSupervisor()).stream().noneMatch(s -> s.getId().equals(session.getId())));
        assertThrows(NotFoundException.class, () -> assess(p.otherSupervisor(), PASSWORD, session, allDone(skill), null, null, null));
        assertThrows(NotFoundException.class, () -> signOffs.returnUnassessed(p.otherSupervisor(), session.getId(), "not mine"));
        assertThrows(NotFoundException.class, () -> signOffs.recordAdverseEvent(p.otherSupervisor(), session.getId(),
                AdverseEvent.Grade.MILD, AdverseEvent.Type.BRUISING_OR_BLEEDING, "bruise", "pressure", AdverseEvent.Referral.NONE, null));
        assertTrue(practicalSkills.findSession(session.getId()).orElseThrow().getDecisions().isEmpty());
        assertTrue(practicalSkills.adverseEventsOf(p.trainee().getId()).isEmpty());

        int before = outbox.to(p.supervisor().getEmail(), 50).size();
        signOffs.recordAdverseEvent(p.supervisor(), session.getId(), AdverseEvent.Grade.SERIOUS, AdverseEvent.Type.VASOVAGAL,
                "Fainted after the second needle.", "Needles out, supine, observed, ambulance called.", AdverseEvent.Referral.EMERGENCY, null);
        var alerts = outbox.to(p.supervisor().getEmail(), 50);
        assertEquals(before + 1, alerts.size(), "the cohort's supervisor is told at once");
        assertTrue(alerts.get(0).getSubject().startsWith("Serious adverse event"), alerts.get(0).getSubject());
        assertTrue(outbox.to(p.otherSupervisor().getEmail(), 50).stream().noneMatch(m -> m.getSubject().startsWith("Serious adverse event")),
                "another cohort's supervisor is not");

        // Over HTTP: the other supervisor's assess page and adverse-event list.
        WebClient other = signedIn(p.otherSupervisor());
        assertEquals(404, other.getRaw("/records/assess.xhtml?session=" + session.getId()).status());
        assertFalse(other.get("/records/adverse-events.xhtml").body().contains(p.trainee().getDisplayName()));
        assertTrue(signedIn(p.supervisor()).get("/records/adverse-events.xhtml").body().contains(p.trainee().getDisplayName()));
    }

    @Test
    void aProfileAsksForAQualifiedSupervisorAndTheTraineeSeesTheirStanding() throws Exception {
        People p = people("profile");
        String admin = Settings.current().adminEmail();
        cohorts.require(admin, p.cohortId(), "florida-pt", null);
        PracticalSkillDefinition skill = skill(false);
        PracticalSession session = practice.log(p.trainee(), skill, null);

        RejectedException unqualified = assertThrows(RejectedException.class, () -> assess(p.supervisor(), PASSWORD, session, allDone(skill),
                null, null, null));
        assertTrue(unqualified.getMessage().contains("no professional details declared"), unqualified.getMessage());
        assertTrue(practicalSkills.findSession(session.getId()).orElseThrow().getDecisions().isEmpty());

        professionals.declare(p.supervisor(), "Physical therapist", "Florida", "PT 1234", LocalDate.now().minusYears(10),
                LocalDate.now().minusMonths(6), 10);
        RejectedException tooNew = assertThrows(RejectedException.class, () -> assess(p.supervisor(), PASSWORD, session, allDone(skill),
                null, null, null));
        assertTrue(tooNew.getMessage().contains("dry needling for at least 1 year"), tooNew.getMessage());
        assertTrue(tooNew.getMessage().contains("at least 25 dry needling sessions"), tooNew.getMessage());

        professionals.declare(p.supervisor(), "Physical therapist", "Florida", "PT 1234", LocalDate.now().minusYears(10),
                LocalDate.now().minusYears(3), 400);
        PracticalDecision signed = assess(p.supervisor(), PASSWORD, session, allDone(skill), null, null, null);
        assertTrue(signed.getSignedStatement().contains("For \"Florida: dry needling by physical therapists\""), signed.getSignedStatement());
        assertTrue(signed.getSignerDetails().contains("400 sessions"), signed.getSignerDetails());

        ProfileStanding standing = profiles.standing(p.trainee().getId(), "florida-pt").orElseThrow();
        ProfileStanding.Line sessions = standing.lines().stream().filter(l -> l.requirement().startsWith("Supervised patient sessions"))
                .findFirst().orElseThrow();
        assertEquals("1", sessions.have());
        assertFalse(sessions.met());
        assertFalse(standing.isMet());
        assertTrue(standing.lines().stream().anyMatch(l -> l.requirement().equals("Years licensed") && !l.met()), "nothing declared yet");

        WebClient trainee = signedIn(p.trainee());
        String dashboard = trainee.get("/index.xhtml").text();
        assertTrue(dashboard.contains("Requirements: Florida: dry needling by physical therapists"), dashboard);
        assertTrue(dashboard.contains("Supervised patient sessions"), dashboard);

        Account administrator = accounts.changeRole(admin, testAccounts.registerConfirmed("a-" + UUID.randomUUID().toString().substring(0, 8)
                + "@practice.example", "Ada Admin", PASSWORD).getId(), Role.ADMIN);
        WebClient adminClient = signedIn(administrator);
        var report = adminClient.download("/records/profile-report/" + p.trainee().getId() + "/florida-pt");
        assertEquals(200, report.statusCode());
        String text;
        try (var pdf = Loader.loadPDF(report.body())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("requirement profile report"), text);
        assertTrue(text.contains(p.trainee().getDisplayName()), text);
        assertTrue(text.contains("Supervised sessions: signed assessments"), text);
        assertTrue(text.contains("I meet Florida's qualifications"), "the attestation the supervisor signed: " + text);
        assertTrue(text.contains("rule 64B17-6.008") || text.contains("Rule 64B17-6.008"), "the profile's source: " + text);
        assertEquals(404, signedIn(p.supervisor()).getRaw("/records/profile-report/" + p.trainee().getId() + "/florida-pt").status(),
                "only administrators export board reports");
        assertEquals(404, adminClient.getRaw("/records/profile-report/" + p.trainee().getId() + "/utah-pt").status(),
                "a profile the trainee does not follow");
    }

    @Test
    void aCohortsReadingTimeGatesTheQuizAndLoggedHoursAreConfirmedOnce() {
        People p = people("reading");
        cohorts.require(Settings.current().adminEmail(), p.cohortId(), null, 1);
        String module = "foundations";
        var lessons = catalog.current(module).getLessons();
        lessons.forEach(lesson -> progress.lessonRead(p.trainee().getId(), lesson));
        Availability before = quizzes.availability(p.trainee().getId(), module);
        assertEquals(Availability.State.READING_TIME, before.state(), before.toString());

        // Engaged reading: a signal every 15 s, as the page sends while visible.
        var lesson = lessons.get(0);
        for (int i = 0; i < 6; i++) {
            learningHours.signal(p.trainee().getId(), lesson);
            AdjustableClock.advance(Duration.ofSeconds(15));
        }
        learningHours.signal(p.trainee().getId(), lesson);
        assertTrue(learningHours.readingTime(p.trainee().getId(), catalog.current(module)).toSeconds() >= 60);
        assertFalse(quizzes.availability(p.trainee().getId(), module).state() == Availability.State.READING_TIME);

        var activity = learningHours.log(p.trainee(), "Hands-on course", "Test Institute", DeliveryMode.IN_PERSON, "7.5",
                LocalDate.now().minusDays(2), "certificate no. 1");
        assertThrows(RejectedException.class, () -> learningHours.log(p.trainee(), "Too much", "X", DeliveryMode.IN_PERSON, "1000",
                LocalDate.now(), null));
        learningHours.confirm(p.supervisor(), activity.getId());
        assertThrows(RejectedException.class, () -> learningHours.confirm(p.supervisor(), activity.getId()), "confirmed once");
        assertEquals(0, new java.math.BigDecimal("7.5").compareTo(learningHours.confirmedHours(p.trainee().getId()).get(DeliveryMode.IN_PERSON)));
    }

    private WebClient signedIn(Account account) {
        WebClient client = new WebClient(URI.create(base.toExternalForm()));
        client.submit(client.get("/login.xhtml"), "login", Map.of("email", account.getEmail(), "password", PASSWORD), "submit");
        return client;
    }
}
