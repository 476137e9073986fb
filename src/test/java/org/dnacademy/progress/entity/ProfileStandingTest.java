package org.dnacademy.progress.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.dnacademy.identity.entity.ProfessionalDetails;
import org.dnacademy.training.content.DeliveryMode;
import org.dnacademy.training.content.ObservationMode;
import org.dnacademy.training.content.PracticalSkill;
import org.dnacademy.training.content.RequirementProfile;
import org.dnacademy.training.content.RequirementsReader;
import org.dnacademy.training.content.SupervisorRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The profile rules with a fixed day and hand-made evidence: hours by mode, sessions, regions, windows, licensure, supervisors. */
class ProfileStandingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final long TRAINEE = 1;
    static final long SUPERVISOR = 2;

    static final String SOURCES = """
            sources:
              - authors: Test Board
                year: 2021
                title: Rule 1
                url: https://example.org/rule-1
                checked: 2026-01-01
            """;

    /** Florida-like: 2 years licensed, 50 in-person hours, 3 supervised sessions in person or by telehealth, a qualified supervisor. */
    static final RequirementProfile FLORIDA_LIKE = profile("""
            id: board
            title: Test board
            jurisdiction: Testland
            summary: Test.
            """ + SOURCES + """
            licensure-years: 2
            hours:
              total: 50
              counted-modes: [in-person]
            supervised-sessions:
              total: 3
              observation: [in-person, synchronous-telehealth]
            modules: [anatomy]
            practical-skills: [clean]
            supervisor:
              dry-needling-years: 1
              sessions-performed: 25
            attestation: I observed it.
            not-checked: The licence.
            """);

    static RequirementProfile profile(String yaml) {
        return RequirementsReader.parse(yaml.lines().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().substring(4) + ".yaml", yaml,
                Set.of("anatomy", "safety"), Set.of("clean", "thorax"));
    }

    static final PracticalSkillDefinition CLEAN = new PracticalSkillDefinition(new PracticalSkill("clean", "Clean technique", "anatomy",
            List.of(new PracticalSkill.Step("Hand hygiene", true), new PracticalSkill.Step("Tidy tray", false)), true, 2, List.of(), List.of()),
            "v1", 1);

    static final PracticalSkillDefinition THORAX = new PracticalSkillDefinition(new PracticalSkill("thorax", "Thoracic needling", "anatomy",
            List.of(new PracticalSkill.Step("Needle away from the pleura", true)), true, 1, List.of("upper", "lower"), List.of()), "v1", 2);

    static final Map<String, String> REGIONS = Map.of("upper", "Upper chest", "lower", "Lower chest");

    /** A session of the skill, assessed competent (every step done) or with the first (critical) step not done. */
    static PracticalSession session(PracticalSkillDefinition skill, LocalDate on, String region, boolean allDone, ObservationMode observation) {
        PracticalSession session = new PracticalSession(TRAINEE, skill, on, region, "site", null, on.atStartOfDay().toInstant(ZoneOffset.UTC));
        List<StepMark.Mark> marks = new ArrayList<>(Collections.nCopies(skill.getSteps().size(), StepMark.Mark.DONE));
        if (!allDone) {
            marks.set(0, StepMark.Mark.NOT_DONE);
        }
        session.assess(marks, List.of(), PracticalDecision.GlobalRating.MEETS_EXPECTATIONS, observation, allDone ? null : "Wash hands first",
                new PracticalDecision.Signature(SUPERVISOR, "Dr Sup", "details", "I observed it."), null, null,
                on.atTime(12, 0).toInstant(ZoneOffset.UTC));
        return session;
    }

    static ProfileStanding.Hours hours(LocalDate on, DeliveryMode mode, int hours) {
        return new ProfileStanding.Hours(on, mode, BigDecimal.valueOf(hours), "Course");
    }

    record Case(LocalDate licensedSince, LocalDate courseStart, List<ProfileStanding.Hours> activities, List<ProfileStanding.ModuleEvidence> modules,
            List<PracticalSession> sessions, Predicate<PracticalDecision> qualified) {

        ProfileStanding evaluate(RequirementProfile profile) {
            return ProfileStanding.evaluate(profile, new ProfileStanding.Evidence(licensedSince, courseStart, activities, modules,
                    List.of(CLEAN, THORAX), profile.practicalSkills().pick(List.of("clean", "thorax"), Set.of("clean", "thorax")), sessions,
                    REGIONS, qualified), TODAY);
        }
    }

    static final LocalDate LONG_AGO = LocalDate.of(2019, 1, 1);
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    static List<ProfileStanding.ModuleEvidence> anatomyPassed(LocalDate on, int cpd) {
        return List.of(new ProfileStanding.ModuleEvidence("anatomy", "Anatomy", on, BigDecimal.valueOf(cpd)));
    }

    static List<PracticalSession> competentSessions(int count, ObservationMode observation) {
        List<PracticalSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(session(CLEAN, MARCH.plusDays(i), null, true, observation));
        }
        return sessions;
    }

    static ProfileStanding.Line line(ProfileStanding standing, String startsWith) {
        return standing.lines().stream().filter(l -> l.requirement().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + startsWith + " in " + standing.lines()));
    }

    @Test
    void everythingThereMeetsTheProfile() {
        ProfileStanding standing = new Case(LONG_AGO, null, List.of(hours(MARCH, DeliveryMode.IN_PERSON, 50)), anatomyPassed(MARCH, 6),
                competentSessions(3, ObservationMode.IN_PERSON), d -> true).evaluate(FLORIDA_LIKE);
        assertTrue(standing.isMet(), standing.lines().toString());
        assertEquals("7 years (since 1 Jan 2019)", line(standing, "Years licensed").have());
        assertEquals("Signed off", standing.lines().stream().filter(l -> l.requirement().contains("Clean technique")).findFirst()
                .map(l -> l.met() ? "Signed off" : "no").orElseThrow());
    }

    @Nested
    class Hours {

        @Test
        void onlyCountedModesCountAndThePassedModulesCpdIsSelfPaced() {
            ProfileStanding standing = new Case(LONG_AGO, null, List.of(hours(MARCH, DeliveryMode.IN_PERSON, 40),
                    hours(MARCH, DeliveryMode.LIVE_ONLINE, 20)), anatomyPassed(MARCH, 6), competentSessions(3, ObservationMode.IN_PERSON),
                    d -> true).evaluate(FLORIDA_LIKE);
            ProfileStanding.Line hours = line(standing, "Hours of instruction");
            assertFalse(hours.met());
            assertEquals("40 (26 more in modes this profile does not count)", hours.have(), "20 live online + 6 CPD self-paced");
            assertFalse(standing.isMet());
        }

        @Test
        void minimumPerModeAndMajorityAreSeparateLines() {
            RequirementProfile profile = profile("""
                    id: majority
                    title: Majority
                    jurisdiction: Testland
                    summary: Test.
                    """ + SOURCES + """
                    hours:
                      total: 10
                      minimum:
                        live-online: 3
                      majority: in-person
                    modules: [anatomy]
                    practical-skills: [clean]
                    not-checked: Nothing.
                    """);
            ProfileStanding standing = new Case(null, null, List.of(hours(MARCH, DeliveryMode.IN_PERSON, 5),
                    hours(MARCH, DeliveryMode.LIVE_ONLINE, 2)), anatomyPassed(MARCH, 3), List.of(), d -> true).evaluate(profile);
            assertTrue(line(standing, "Hours of instruction").met(), "5 + 2 + 3 CPD = 10 in any mode");
            assertFalse(line(standing, "Hours live online").met(), "2 of the 3 live-online hours");
            assertFalse(line(standing, "Most hours in person").met(), "5 of 10 is not more than half");
        }
    }

    @Nested
    class Sessions {

        @Test
        void aCriticalStepNotDoneIsNotACompetentSession() {
            List<PracticalSession> sessions = new ArrayList<>(competentSessions(2, ObservationMode.IN_PERSON));
            sessions.add(session(CLEAN, MARCH.plusDays(10), null, false, ObservationMode.IN_PERSON));
            ProfileStanding standing = new Case(LONG_AGO, null, List.of(), List.of(), sessions, d -> true).evaluate(FLORIDA_LIKE);
            assertFalse(sessions.get(2).isCompetent());
            ProfileStanding.Line line = line(standing, "Supervised patient sessions");
            assertEquals("2", line.have());
            assertFalse(line.met());
            assertTrue(line(standing, "Practical skill: Clean technique").met(), "the skill itself needs 2 competent sessions");
        }

        @Test
        void sessionsSignedByAnUnqualifiedSupervisorDoNotCount() {
            ProfileStanding standing = new Case(LONG_AGO, null, List.of(), List.of(), competentSessions(3, ObservationMode.IN_PERSON),
                    d -> false).evaluate(FLORIDA_LIKE);
            assertEquals("0", line(standing, "Supervised patient sessions").have());
            assertFalse(line(standing, "Practical skill: Clean technique").met());
        }

        @Test
        void observationTheProfileDoesNotAcceptDoesNotCount() {
            RequirementProfile inPersonOnly = profile("""
                    id: in-person
                    title: In person
                    jurisdiction: Testland
                    summary: Test.
                    """ + SOURCES + """
                    supervised-sessions:
                      total: 3
                    attestation: I observed it.
                    modules: [anatomy]
                    practical-skills: [clean]
                    not-checked: Nothing.
                    """);
            List<PracticalSession> sessions = new ArrayList<>(competentSessions(2, ObservationMode.IN_PERSON));
            sessions.add(session(CLEAN, MARCH.plusDays(9), null, true, ObservationMode.SYNCHRONOUS_TELEHEALTH));
            assertEquals("2", line(new Case(null, null, List.of(), List.of(), sessions, d -> true).evaluate(inPersonOnly),
                    "Supervised patient sessions").have());
            assertEquals("3", line(new Case(null, null, List.of(), List.of(), sessions, d -> true).evaluate(FLORIDA_LIKE),
                    "Supervised patient sessions").have(), "the Florida-like profile accepts synchronous telehealth");
        }

        @Test
        void aSkillSignedOffByRegionNeedsEveryRegion() {
            RequirementProfile thorax = profile("""
                    id: thorax
                    title: Thorax
                    jurisdiction: Testland
                    summary: Test.
                    """ + SOURCES + """
                    modules: [anatomy]
                    practical-skills: [thorax]
                    not-checked: Nothing.
                    """);
            List<PracticalSession> upperOnly = List.of(session(THORAX, MARCH, "upper", true, ObservationMode.IN_PERSON));
            ProfileStanding.Line line = line(new Case(null, null, List.of(), List.of(), upperOnly, d -> true).evaluate(thorax), "Practical skill");
            assertFalse(line.met());
            assertEquals("Upper chest 1 of 1, Lower chest 0 of 1", line.have());
            assertEquals("1 competent observed session in each of: Upper chest, Lower chest", line.needed());
            List<PracticalSession> both = List.of(upperOnly.get(0), session(THORAX, MARCH, "lower", true, ObservationMode.IN_PERSON));
            assertTrue(line(new Case(null, null, List.of(), List.of(), both, d -> true).evaluate(thorax), "Practical skill").met());
        }
    }

    @Nested
    class Windows {

        static final RequirementProfile COURSE_WINDOW = profile("""
                id: window
                title: Window
                jurisdiction: Testland
                summary: Test.
                """ + SOURCES + """
                hours:
                  total: 10
                completion-window-months: 36
                completion-window-anchor: course-start
                modules: [anatomy]
                practical-skills: [clean]
                not-checked: Nothing.
                """);

        static final RequirementProfile SLIDING_WINDOW = profile("""
                id: sliding
                title: Sliding
                jurisdiction: Testland
                summary: Test.
                """ + SOURCES + """
                hours:
                  total: 10
                completion-window-months: 12
                modules: [anatomy]
                practical-skills: [clean]
                not-checked: Nothing.
                """);

        @Test
        void evidenceAfterACourseWindowClosedDoesNotCountAndTheWindowIsUnmet() {
            LocalDate start = LocalDate.of(2023, 1, 1);
            ProfileStanding standing = new Case(null, start, List.of(hours(LocalDate.of(2024, 1, 1), DeliveryMode.IN_PERSON, 6),
                    hours(LocalDate.of(2026, 2, 1), DeliveryMode.IN_PERSON, 6)), anatomyPassed(LocalDate.of(2024, 1, 1), 0),
                    competentSessions(2, ObservationMode.IN_PERSON), d -> true).evaluate(COURSE_WINDOW);
            assertEquals("6", line(standing, "Hours of instruction").have(), "the February 2026 hours are after 1 Jan 2026");
            ProfileStanding.Line window = line(standing, "Completion window");
            assertFalse(window.met());
            assertTrue(window.have().contains("closed"), window.have());
            assertEquals("1 Jan 2023 to 1 Jan 2026", standing.getWindow());
        }

        @Test
        void aCourseWindowStillOpenIsMetWhileTheRestIsNot() {
            ProfileStanding standing = new Case(null, LocalDate.of(2025, 1, 1), List.of(hours(MARCH, DeliveryMode.IN_PERSON, 4)), List.of(),
                    List.of(), d -> true).evaluate(COURSE_WINDOW);
            assertTrue(line(standing, "Completion window").met());
            assertFalse(standing.isMet());
        }

        @Test
        void evidenceOlderThanASlidingWindowLapses() {
            ProfileStanding standing = new Case(null, null, List.of(hours(LocalDate.of(2025, 5, 1), DeliveryMode.IN_PERSON, 8),
                    hours(LocalDate.of(2025, 7, 1), DeliveryMode.IN_PERSON, 4)), anatomyPassed(LocalDate.of(2025, 7, 1), 0),
                    competentSessions(2, ObservationMode.IN_PERSON), d -> true).evaluate(SLIDING_WINDOW);
            assertEquals("4", line(standing, "Hours of instruction").have(), "May 2025 is more than 12 months before 1 Jun 2026");
            assertEquals(LocalDate.of(2025, 7, 1), standing.windowStart());
            assertEquals(LocalDate.of(2026, 7, 1), standing.windowEnd());
        }
    }

    @Nested
    class Licensure {

        @Test
        void notDeclaredOrTooRecentIsUnmet() {
            assertFalse(line(new Case(null, null, List.of(), List.of(), List.of(), d -> true).evaluate(FLORIDA_LIKE), "Years licensed").met());
            ProfileStanding.Line recent = line(new Case(LocalDate.of(2024, 6, 2), null, List.of(), List.of(), List.of(), d -> true)
                    .evaluate(FLORIDA_LIKE), "Years licensed");
            assertFalse(recent.met(), "one day short of two years");
            assertTrue(line(new Case(LocalDate.of(2024, 6, 1), null, List.of(), List.of(), List.of(), d -> true).evaluate(FLORIDA_LIKE),
                    "Years licensed").met());
        }
    }

    @Nested
    class Supervisors {

        static final SupervisorRule RULE = new SupervisorRule(3, 1, 25);

        static ProfessionalDetails details(LocalDate licensed, LocalDate needlingSince, Integer sessions, Instant recorded) {
            return new ProfessionalDetails(SUPERVISOR, "Physiotherapist", "Testland", null, licensed, needlingSince, sessions, SUPERVISOR, recorded);
        }

        @Test
        void eachShortfallIsNamed() {
            List<String> shortfalls = SupervisorQualification.shortfalls(RULE, details(LocalDate.of(2024, 1, 1), null, 10, Instant.EPOCH), TODAY);
            assertEquals(3, shortfalls.size(), shortfalls.toString());
            assertTrue(shortfalls.get(0).startsWith("licensed for at least 3 years (declared: 2 years)"), shortfalls.get(0));
            assertTrue(SupervisorQualification.shortfalls(RULE, details(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), 25, Instant.EPOCH),
                    TODAY).isEmpty());
            assertEquals(1, SupervisorQualification.shortfalls(RULE, null, TODAY).size(), "nothing declared");
            assertTrue(SupervisorQualification.shortfalls(null, null, TODAY).isEmpty(), "a profile without a supervisor rule asks nothing");
        }

        @Test
        void theDeclarationInForceWhenSigningDecides() {
            ProfessionalDetails early = details(LocalDate.of(2020, 1, 1), null, 0, Instant.parse("2025-01-01T00:00:00Z"));
            ProfessionalDetails later = details(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1), 40, Instant.parse("2026-01-01T00:00:00Z"));
            assertEquals(early, SupervisorQualification.inForce(List.of(later, early), Instant.parse("2025-06-01T00:00:00Z")));
            assertEquals(later, SupervisorQualification.inForce(List.of(later, early), Instant.parse("2026-06-01T00:00:00Z")));
            assertEquals(null, SupervisorQualification.inForce(List.of(later, early), Instant.parse("2024-06-01T00:00:00Z")));
        }
    }
}
