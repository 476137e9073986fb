package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code modules/requirements/*.yaml}: optional, but every profile there is checked against every
 * rule of the README, with file and line, and every problem is listed.
 */
class RequirementProfilesTest {

    private static final String PROFILE = "requirements/test-board.yaml";

    /** Every field, each with a value other than its default. */
    static final String FULL_PROFILE = """
            # a profile with every field
            id: test-board
            title: "Test board: dry needling"
            jurisdiction: Testland
            summary: >
              What the test board requires.
            sources:
              - authors: Test Board
                year: 2021
                title: Rule 1, dry needling
                publisher: Test Gazette
                url: https://example.org/rule-1
                checked: 2026-12-02
              - authors: Test Legislature
                year: 2020
                title: Statute 2
                url: http://example.org/statute-2
                checked: 2026-11-30
            licensure-years: 2
            hours:
              total: 50
              counted-modes: [in-person, live-online]
              minimum:
                in-person: 30.5
              majority: in-person
            supervised-sessions:
              total: 25
              alternatives: [supervisor-letter, prior-licensed-practice]
              observation: [in-person, synchronous-telehealth]
            completion-window-months: 36
            completion-window-anchor: course-start
            modules: [advanced]
            practical-skills: [consent-talk]
            supervisor:
              licensure-years: 3
              dry-needling-years: 1
              sessions-performed: 25
            attestation: >
              I observed the session.
            final-attestation: >
              No more sessions are needed.
            not-checked: >
              The platform does not check the licence.
            """;

    /** Only the required fields. */
    static final String MINIMAL_PROFILE = """
            id: minimal
            title: Minimal
            jurisdiction: Nowhere
            summary: Only modules and skills.
            sources:
              - authors: A Board
                year: 2020
                title: A rule
                url: https://example.org/a
                checked: 2026-01-01
            modules: all
            practical-skills: required
            not-checked: Everything else.
            """;

    @TempDir
    Path tempDir;

    CurriculumFixture fixture;

    @BeforeEach
    void writeValidCurriculumWithSkillsAndAProfile() {
        fixture = CurriculumFixture.valid(tempDir).write("practical-skills.yaml", PracticalSkillsTest.VALID_SKILLS)
                .write(PROFILE, FULL_PROFILE);
    }

    private int line(String snippet) {
        return fixture.lineOf(PROFILE, snippet);
    }

    private int line(String below, String snippet) {
        return fixture.lineOf(PROFILE, below, snippet);
    }

    private void replace(String from, String to) {
        fixture.replace(PROFILE, from, to);
    }

    private void assertOnlyProblem(int line, String expected) {
        fixture.assertOnlyProblem(PROFILE, line, expected);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class Reading {

        @Test
        void everyFieldIsRead() throws Exception {
            RequirementProfile profile = fixture.read().profile("test-board").orElseThrow();
            RequirementProfile expected = new RequirementProfile("test-board", "Test board: dry needling", "Testland",
                    "What the test board requires.",
                    List.of(new ProfileSource("Test Board", 2021, "Rule 1, dry needling", "Test Gazette", "https://example.org/rule-1",
                                    LocalDate.of(2026, 12, 2)),
                            new ProfileSource("Test Legislature", 2020, "Statute 2", null, "http://example.org/statute-2",
                                    LocalDate.of(2026, 11, 30))),
                    2,
                    new HoursRule(new BigDecimal("50"), EnumSet.of(DeliveryMode.IN_PERSON, DeliveryMode.LIVE_ONLINE),
                            Map.of(DeliveryMode.IN_PERSON, new BigDecimal("30.5")), DeliveryMode.IN_PERSON),
                    new SessionsRule(25, List.of("supervisor-letter", "prior-licensed-practice"),
                            EnumSet.of(ObservationMode.IN_PERSON, ObservationMode.SYNCHRONOUS_TELEHEALTH)),
                    36, WindowAnchor.COURSE_START, Selection.of(List.of("advanced")), Selection.of(List.of("consent-talk")),
                    new SupervisorRule(3, 1, 25), "I observed the session.", "No more sessions are needed.",
                    "The platform does not check the licence.", sha256(FULL_PROFILE));
            assertEquals(expected, profile);
            assertEquals("50", profile.hours().total().toPlainString());
            assertEquals("50", profile.hours().total().toString(), "hours are written plainly, not as 5E+1");
        }

        @Test
        void onlyTheRequiredFieldsGiveTheDefaults() {
            fixture.write("requirements/minimal.yaml", MINIMAL_PROFILE).delete(PROFILE);
            RequirementProfile profile = fixture.read().profile("minimal").orElseThrow();
            assertNull(profile.licensureYears());
            assertNull(profile.hours());
            assertNull(profile.supervisedSessions());
            assertNull(profile.completionWindowMonths());
            assertEquals(WindowAnchor.FIRST_EVIDENCE, profile.completionWindowAnchor());
            assertEquals(Selection.ofAll(), profile.modules());
            assertEquals(Selection.ofRequired(), profile.practicalSkills());
            assertNull(profile.supervisor());
            assertNull(profile.attestation());
            assertNull(profile.finalAttestation());
            assertNull(profile.sources().get(0).publisher());
        }

        @Test
        void countedModesDefaultToAllAndObservationToInPerson() {
            replace("  counted-modes: [in-person, live-online]\n", "");
            replace("  observation: [in-person, synchronous-telehealth]\n", "");
            RequirementProfile profile = fixture.read().profile("test-board").orElseThrow();
            assertEquals(EnumSet.allOf(DeliveryMode.class), profile.hours().countedModes());
            assertEquals(Set.of(ObservationMode.IN_PERSON), profile.supervisedSessions().observation());
        }

        @Test
        void profilesAreInFileNameOrderWhateverTheOrderWritten() {
            fixture.write("requirements/minimal.yaml", MINIMAL_PROFILE);
            fixture.write("requirements/a-first.yaml", MINIMAL_PROFILE.replace("id: minimal", "id: a-first"));
            assertEquals(List.of("a-first", "minimal", "test-board"),
                    fixture.read().profiles().stream().map(RequirementProfile::id).toList());
        }

        @Test
        void withoutTheFolderThereAreNoProfiles() {
            fixture.delete("requirements");
            assertEquals(List.of(), fixture.read().profiles());
        }

        @Test
        void anEmptyFolderOrHiddenFilesGiveNoProfiles() {
            fixture.delete(PROFILE).write("requirements/.DS_Store", "finder junk");
            assertEquals(List.of(), fixture.read().profiles());
        }

        @Test
        void theVersionIsTheSha256OfTheTextAndWindowsLineEndsChangeNothing() throws Exception {
            RequirementProfile lf = fixture.read().profiles().get(0);
            assertEquals(sha256(FULL_PROFILE), lf.version());
            fixture.write(PROFILE, "\uFEFF" + FULL_PROFILE.replace("\n", "\r\n"));
            assertEquals(lf, fixture.read().profiles().get(0));
            replace("I observed the session.", "I observed the whole session.");
            assertEquals(sha256(fixture.read(PROFILE).replace("\r\n", "\n").substring(1)), fixture.read().profiles().get(0).version());
        }

        @Test
        void windowsLineEndsDoNotShiftLineNumbers() {
            fixture.write(PROFILE, FULL_PROFILE.replace("licensure-years: 2", "licensure-years: 0").replace("\n", "\r\n"));
            assertOnlyProblem(line("licensure-years: 0"), "'licensure-years' must be a whole number from 1 to 50, not '0'");
        }

        @Test
        void aProfileChangesNoModuleVersionAndNoSkillsVersion() {
            Curriculum with = fixture.read();
            fixture.delete("requirements");
            Curriculum without = fixture.read();
            assertEquals(without.modules().stream().map(ModuleContent::version).toList(),
                    with.modules().stream().map(ModuleContent::version).toList());
            assertEquals(without.skillsVersion(), with.skillsVersion());
        }

        @Test
        void theProfilePicksModulesAndSkillsFromTheCurriculum() {
            fixture.write("requirements/minimal.yaml", MINIMAL_PROFILE);
            Curriculum curriculum = fixture.read();
            RequirementProfile all = curriculum.profile("minimal").orElseThrow();
            assertEquals(List.of("basics", "advanced"), all.moduleIds(curriculum));
            assertEquals(List.of("safe-depth"), all.skillIds(curriculum), "consent-talk has required: false");
            RequirementProfile listed = curriculum.profile("test-board").orElseThrow();
            assertEquals(List.of("advanced"), listed.moduleIds(curriculum));
            assertEquals(List.of("consent-talk"), listed.skillIds(curriculum));
            assertEquals(List.of("safe-depth", "consent-talk"), Selection.ofAll().pick(List.of("safe-depth", "consent-talk"), Set.of()));
        }

        @Test
        void theOtherConstructorsMakeACurriculumWithoutProfiles() {
            assertEquals(List.of(), new Curriculum(List.of(), Map.of()).profiles());
            assertEquals(List.of(), new Curriculum(List.of(), Map.of(), List.of(), List.of(), Curriculum.NO_SKILLS_VERSION).profiles());
            assertTrue(new Curriculum(List.of(), Map.of()).profile("test-board").isEmpty());
        }
    }

    @Nested
    class Parsing {

        private final Set<String> modules = Set.of("basics", "advanced");
        private final Set<String> skills = Set.of("safe-depth", "consent-talk");

        @Test
        void aStoredDefinitionGivesTheSameRecordAsTheFile() {
            RequirementProfile read = fixture.read().profile("test-board").orElseThrow();
            assertEquals(read, RequirementsReader.parse("test-board.yaml", FULL_PROFILE, modules, skills));
            assertEquals(read, RequirementsReader.parse("test-board.yaml", FULL_PROFILE.replace("\n", "\r\n"), modules, skills));
        }

        @Test
        void everyProblemIsListedWithItsLine() {
            String text = FULL_PROFILE.replace("modules: [advanced]", "modules: [advanced, gone]")
                    .replace("checked: 2026-12-02", "checked: yesterday").replace("  total: 25\n", "");
            CurriculumException thrown = assertThrows(CurriculumException.class,
                    () -> RequirementsReader.parse("test-board.yaml", text, modules, skills));
            List<String> lines = text.lines().toList();
            assertEquals(List.of(
                    "modules/requirements/test-board.yaml:" + (lines.indexOf("    checked: yesterday") + 1)
                            + ": source at line " + (lines.indexOf("  - authors: Test Board") + 1)
                            + ": 'checked' must be the day the source was last read, written year-month-day such as 2026-12-01, not 'yesterday'",
                    "modules/requirements/test-board.yaml:" + (lines.indexOf("supervised-sessions:") + 1)
                            + ": supervised-sessions: missing required field 'total'",
                    "modules/requirements/test-board.yaml:" + (lines.indexOf("modules: [advanced, gone]") + 1)
                            + ": module 'gone' is not the id of any module; the module ids are advanced, basics"),
                    thrown.problems().stream().map(ContentProblem::toString).toList());
        }

        @Test
        void theModulesAndSkillsAreThoseGiven() {
            CurriculumException thrown = assertThrows(CurriculumException.class,
                    () -> RequirementsReader.parse("test-board.yaml", FULL_PROFILE, Set.of("basics"), Set.of()));
            assertEquals(List.of("module 'advanced' is not the id of any module; the module ids are basics",
                    "practical skill 'consent-talk' is not the id of any practical skill; the curriculum has none"),
                    thrown.problems().stream().map(ContentProblem::message).toList());
        }

        @Test
        void theFileNameMustBeTheId() {
            CurriculumException thrown = assertThrows(CurriculumException.class,
                    () -> RequirementsReader.parse("other.yaml", FULL_PROFILE, modules, skills));
            assertEquals(1, thrown.problems().size(), thrown::getMessage);
            assertEquals("id 'test-board' must be the file name without .yaml, so name the file test-board.yaml or write id: other",
                    thrown.problems().get(0).message());
        }

        @Test
        void aNameThatIsNoFileNameIsReportedAndShownSafely() {
            CurriculumException thrown = assertThrows(CurriculumException.class,
                    () -> RequirementsReader.parse("../x\u0000", FULL_PROFILE, modules, skills));
            assertTrue(thrown.problems().stream().allMatch(p -> p.file().toString().replace('\\', '/')
                    .equals("modules/requirements/.._x_")), thrown::getMessage);
            assertTrue(thrown.getMessage().contains("a profile's file name is its id followed by .yaml"), thrown::getMessage);
        }

        /** A stored definition may be anything: every input gives a profile or a list of problems, never another failure. */
        @ParameterizedTest
        @ValueSource(strings = {"", "[", "id: [", "a: *b", "\t- x", "42", "~", "sources: 5\nhours: 5\nsupervisor: [1]\n",
                "supervised-sessions: [1]\nmodules: {}\npractical-skills: [[x]]\n", "hours:\n  minimum: 5\n  counted-modes: 5\n",
                "sources:\n  - 5\n  - ~\n  - [a]\n", "id: 'test-board'\nid: again\n", "? [a]\n: b\n", "hours: {minimum: {in-person: [1]}}"})
        void anyTextGivesProblemsNotAnotherFailure(String text) {
            CurriculumException thrown = assertThrows(CurriculumException.class,
                    () -> RequirementsReader.parse("test-board.yaml", text, modules, skills));
            assertTrue(!thrown.problems().isEmpty());
        }

        @Test
        void emptyTextIsAProblemNotAProfile() {
            CurriculumException thrown = assertThrows(CurriculumException.class,
                    () -> RequirementsReader.parse("test-board.yaml", "# nothing\n", modules, skills));
            assertEquals("modules/requirements/test-board.yaml: is empty; write the profile's fields (modules/README.md lists them),"
                    + " or delete the file", thrown.problems().get(0).toString());
        }
    }

    @Nested
    class TheFolder {

        @Test
        void aFileThatIsNotAProfile() {
            fixture.write("requirements/notes.md", "# notes\n");
            fixture.assertOnlyProblem("requirements/notes.md", 0, "does not belong in requirements/, which holds only requirement"
                    + " profiles, one file named <id>.yaml each");
        }

        @Test
        void aYmlFileIsToldToBeRenamed() {
            fixture.write("requirements/minimal.yml", MINIMAL_PROFILE);
            fixture.assertOnlyProblem("requirements/minimal.yml", 0, "(rename it to end in .yaml)");
        }

        @Test
        void aFolderInsideTheFolder() {
            fixture.write("requirements/old/minimal.yaml", MINIMAL_PROFILE);
            fixture.assertOnlyProblem("requirements/old", 0, "does not belong in requirements/");
        }

        @Test
        void requirementsWrittenAsAFile() {
            fixture.delete("requirements").write("requirements", "id: test-board\n");
            fixture.assertOnlyProblem("requirements", 0, "must be a folder holding one requirement profile (<id>.yaml) per jurisdiction");
        }

        @Test
        void anEmptyProfile() {
            fixture.write(PROFILE, "# to do\n");
            assertOnlyProblem(0, "is empty; write the profile's fields");
        }

        @Test
        void aYamlSyntaxError() {
            replace("jurisdiction: Testland", "jurisdiction: Testland: north");
            assertOnlyProblem(line("Testland: north"), "YAML syntax error");
        }

        @Test
        void notAMapping() {
            fixture.write(PROFILE, "- id: test-board\n");
            assertOnlyProblem(1, "test-board.yaml must be a set of 'field: value' lines");
        }

        @Test
        void problemsInSeveralProfilesAreAllListed() {
            fixture.write("requirements/minimal.yaml", MINIMAL_PROFILE.replace("modules: all", "modules: most"));
            replace("licensure-years: 2", "licensure-years: two");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(List.of("modules/requirements/minimal.yaml", "modules/requirements/test-board.yaml"),
                    problems.stream().map(p -> p.file().toString().replace('\\', '/')).toList(), CurriculumFixture.list(problems));
        }

        @Test
        void aSkillWithAProblemIsNotReportedAgainByTheProfileThatNamesIt() {
            fixture.replace("practical-skills.yaml", "    title: Consent conversation\n", "");
            fixture.assertOnlyProblem("practical-skills.yaml", fixture.lineOf("practical-skills.yaml", "id: consent-talk"),
                    "skill consent-talk: missing required field 'title'");
        }
    }

    @Nested
    class Fields {

        @Test
        void misspeltFieldIsReportedWithTheFieldMeantAndNotAlsoAsMissing() {
            replace("jurisdiction: Testland", "jurisdction: Testland");
            assertOnlyProblem(line("jurisdction"), "unknown field 'jurisdction' (did you mean 'jurisdiction'?)");
        }

        @Test
        void unknownFieldListsTheAllowedFields() {
            replace("licensure-years: 2", "licensure-years: 2\nregister: general");
            assertOnlyProblem(line("register: general"), "unknown field 'register'; the fields allowed here are id, title, jurisdiction,"
                    + " summary, sources, licensure-years, hours, supervised-sessions, completion-window-months,"
                    + " completion-window-anchor, modules, practical-skills, supervisor, attestation, final-attestation, not-checked");
        }

        @ParameterizedTest
        @ValueSource(strings = {"title", "jurisdiction", "not-checked", "modules", "practical-skills"})
        void missingRequiredField(String field) {
            String text = fixture.read(PROFILE);
            int start = text.indexOf("\n" + field + ":") + 1;
            int end = text.indexOf('\n', start) + 1;
            while (text.startsWith("  ", end)) {
                end = text.indexOf('\n', end) + 1;
            }
            fixture.write(PROFILE, text.substring(0, start) + text.substring(end));
            assertOnlyProblem(2, "missing required field '" + field + "'");
        }

        @Test
        void missingSummary() {
            replace("summary: >\n  What the test board requires.\n", "");
            assertOnlyProblem(2, "missing required field 'summary'");
        }

        @Test
        void missingSources() {
            String text = fixture.read(PROFILE);
            fixture.write(PROFILE, text.substring(0, text.indexOf("sources:")) + text.substring(text.indexOf("licensure-years:")));
            assertOnlyProblem(2, "missing required field 'sources'");
        }

        @Test
        void missingId() {
            replace("id: test-board\n", "");
            assertOnlyProblem(2, "missing required field 'id'");
        }

        @Test
        void emptyText() {
            replace("jurisdiction: Testland", "jurisdiction:");
            assertOnlyProblem(line("jurisdiction:"), "'jurisdiction' is empty");
        }

        @Test
        void idThatIsNotTheFileName() {
            replace("id: test-board", "id: test-boards");
            assertOnlyProblem(line("id: test-boards"), "id 'test-boards' must be the file name without .yaml, so name the file"
                    + " test-boards.yaml or write id: test-board");
        }

        @Test
        void idOfTheWrongShape() {
            fixture.delete(PROFILE).write("requirements/Test_Board.yaml", FULL_PROFILE.replace("id: test-board", "id: Test_Board"));
            fixture.assertOnlyProblem("requirements/Test_Board.yaml", 2,
                    "profile id must be lower-case letters and digits, words joined by single hyphens, e.g. florida-pt, not 'Test_Board'");
        }

        @Test
        void licensureYearsMustBePositive() {
            replace("licensure-years: 2", "licensure-years: 0");
            assertOnlyProblem(line("licensure-years: 0"), "'licensure-years' must be a whole number from 1 to 50, not '0'");
        }

        @Test
        void completionWindowMustBePositive() {
            replace("completion-window-months: 36", "completion-window-months: -36");
            assertOnlyProblem(line("completion-window-months"), "'completion-window-months' must be a whole number from 1 to 600, not '-36'");
        }

        @Test
        void unknownAnchorSuggestsTheOneMeant() {
            replace("completion-window-anchor: course-start", "completion-window-anchor: course-stat");
            assertOnlyProblem(line("course-stat"), "unknown anchor 'course-stat' (did you mean 'course-start'?); the anchors are"
                    + " first-evidence, course-start");
        }

        @Test
        void anchorWithoutAWindow() {
            replace("completion-window-months: 36\n", "");
            assertOnlyProblem(line("completion-window-anchor"), "'completion-window-anchor' says where the completion window starts,"
                    + " but there is no 'completion-window-months'");
        }

        @Test
        void theDefaultAnchorMayBeWritten() {
            replace("completion-window-anchor: course-start", "completion-window-anchor: first-evidence");
            assertEquals(WindowAnchor.FIRST_EVIDENCE, fixture.read().profiles().get(0).completionWindowAnchor());
        }
    }

    @Nested
    class Sources {

        @Test
        void anEmptyList() {
            String text = fixture.read(PROFILE);
            fixture.write(PROFILE, text.substring(0, text.indexOf("sources:")) + "sources: []\n" + text.substring(text.indexOf("licensure-years:")));
            assertOnlyProblem(line("sources: []"), "'sources' lists no source; name the rule or statute every requirement comes from");
        }

        @ParameterizedTest
        @ValueSource(strings = {"authors", "year", "title", "url", "checked"})
        void missingField(String field) {
            String text = fixture.read(PROFILE);
            if (field.equals("authors")) {
                replace("  - authors: Test Legislature\n    year: 2020", "  - year: 2020");
            } else {
                int start = text.indexOf("    " + field + ":", text.indexOf("  - authors: Test Legislature"));
                fixture.write(PROFILE, text.substring(0, start) + text.substring(text.indexOf('\n', start) + 1));
            }
            int entryLine = field.equals("authors") ? line("- year: 2020") : line("- authors: Test Legislature");
            assertOnlyProblem(entryLine, "source at line " + entryLine + ": missing required field '" + field + "'");
        }

        @Test
        void publisherIsOptionalAndOtherFieldsAreNot() {
            replace("    publisher: Test Gazette", "    publisher: Test Gazette\n    doi: 10.1000/x");
            assertOnlyProblem(line("doi:"), "unknown field 'doi'; the fields allowed here are authors, year, title, publisher, url, checked");
        }

        @Test
        void urlMustBeAWebAddress() {
            replace("url: https://example.org/rule-1", "url: example.org/rule-1");
            assertOnlyProblem(line("url: example.org"), "'url' must be a web address starting with https://, not 'example.org/rule-1'");
        }

        @Test
        void checkedMustBeADate() {
            replace("checked: 2026-11-30", "checked: 30 November 2026");
            assertOnlyProblem(line("30 November"), "'checked' must be the day the source was last read, written year-month-day such as"
                    + " 2026-12-01, not '30 November 2026'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "+12026-11-30", "2026-1-30"})
        void checkedMustBeARealDayWrittenInFull(String written) {
            replace("checked: 2026-11-30", "checked: " + written);
            assertOnlyProblem(line(written), "not '" + written + "'");
        }

        @Test
        void keysAreTheConstantsInLowerCaseWithHyphens() {
            assertEquals(List.of("self-paced-online", "live-online", "in-person"), ProfileTerm.keys(DeliveryMode.class));
            assertEquals(List.of("in-person", "synchronous-telehealth"), ProfileTerm.keys(ObservationMode.class));
            assertEquals(List.of("first-evidence", "course-start"), ProfileTerm.keys(WindowAnchor.class));
            assertEquals(java.util.Optional.of(DeliveryMode.LIVE_ONLINE), DeliveryMode.ofKey("live-online"));
            assertTrue(DeliveryMode.ofKey("LIVE_ONLINE").isEmpty());
            assertEquals("In person", DeliveryMode.IN_PERSON.label());
        }

        @Test
        void yearInRange() {
            replace("year: 2021", "year: 21");
            assertOnlyProblem(line("year: 21"), "'year' must be a whole number from 1800 to 2100, not '21'");
        }
    }

    @Nested
    class Hours {

        @ParameterizedTest
        @ValueSource(strings = {"0", "-5", "fifty", "50.25"})
        void totalMustBePositiveHours(String written) {
            replace("  total: 50", "  total: " + written);
            assertOnlyProblem(line("hours:", "total:"), "hours: 'total' must be a number of hours above 0 and at most 5000, whole or"
                    + " with a half (e.g. 3 or 2.5), not '" + written + "'");
        }

        @Test
        void totalIsOptional() {
            replace("  total: 50\n  counted", "  counted");
            assertNull(fixture.read().profiles().get(0).hours().total());
        }

        @Test
        void minimumOnlyForACountedMode() {
            replace("    in-person: 30.5", "    self-paced-online: 10");
            assertOnlyProblem(line("self-paced-online: 10"), "hours: minimum: a minimum of 10 self-paced-online hours is asked for,"
                    + " but self-paced-online hours are not in 'counted-modes', so none of them would count");
        }

        @Test
        void minimumNotAboveTheTotal() {
            replace("    in-person: 30.5", "    in-person: 50.5");
            assertOnlyProblem(line("in-person: 50.5"), "hours: minimum: the minimum of 50.5 in-person hours is more than the total of 50 hours");
        }

        @Test
        void minimumEqualToTheTotalIsFine() {
            replace("    in-person: 30.5", "    in-person: 50");
            assertEquals(new BigDecimal("50"), fixture.read().profiles().get(0).hours().minimum().get(DeliveryMode.IN_PERSON));
        }

        @Test
        void minimumOfAnUnknownModeSuggestsTheOneMeant() {
            replace("    in-person: 30.5", "    inperson: 30.5");
            assertOnlyProblem(line("inperson"), "hours: minimum: unknown field 'inperson' (did you mean 'in-person'?)");
        }

        @Test
        void minimumMustBeHours() {
            replace("    in-person: 30.5", "    in-person: 0");
            assertOnlyProblem(line("in-person: 0"), "hours: minimum: 'in-person' must be a number of hours above 0");
        }

        @Test
        void countedModeThatDoesNotExistIsOneProblem() {
            // The minimum and majority in in-person are not also reported as uncounted.
            replace("counted-modes: [in-person, live-online]", "counted-modes: [inperson, live-online]");
            assertOnlyProblem(line("counted-modes"), "hours: unknown delivery mode 'inperson' (did you mean 'in-person'?); the delivery"
                    + " modes are self-paced-online, live-online, in-person");
        }

        @Test
        void countedModeListedTwice() {
            replace("counted-modes: [in-person, live-online]", "counted-modes: [in-person, in-person, live-online]");
            assertOnlyProblem(line("counted-modes"), "hours: 'in-person' is listed twice");
        }

        @Test
        void countedModesEmpty() {
            replace("counted-modes: [in-person, live-online]", "counted-modes: []");
            assertOnlyProblem(line("counted-modes"), "hours: 'counted-modes' is empty; list at least one of self-paced-online, live-online,"
                    + " in-person, or leave it out for the default");
        }

        @Test
        void majorityMustBeACountedMode() {
            replace("majority: in-person", "majority: self-paced-online");
            assertOnlyProblem(line("majority"), "hours: the majority of the hours must be self-paced-online, but self-paced-online hours"
                    + " are not counted; add it to 'counted-modes'");
        }

        @Test
        void majorityMustBeAMode() {
            replace("majority: in-person", "majority: classroom");
            assertOnlyProblem(line("majority"), "hours: unknown delivery mode 'classroom'");
        }

        @Test
        void hoursThatAskForNothing() {
            replace("  total: 50\n  counted-modes: [in-person, live-online]\n  minimum:\n    in-person: 30.5\n  majority: in-person\n",
                    "  counted-modes: [in-person, live-online]\n");
            assertOnlyProblem(line("hours:"), "hours: sets no 'total', 'minimum' or 'majority', so it asks for nothing");
        }

        @Test
        void unknownHoursField() {
            replace("  majority: in-person", "  majority: in-person\n  by-content: {}");
            assertOnlyProblem(line("by-content"), "hours: unknown field 'by-content'; the fields allowed here are total, counted-modes,"
                    + " minimum, majority");
        }
    }

    @Nested
    class SupervisedSessions {

        @Test
        void totalIsRequired() {
            replace("  total: 25\n", "");
            assertOnlyProblem(line("supervised-sessions:"), "supervised-sessions: missing required field 'total'");
        }

        @Test
        void totalMustBePositive() {
            replace("  total: 25\n", "  total: 0\n");
            assertOnlyProblem(line("total: 0"), "supervised-sessions: 'total' must be a whole number from 1 to 5000, not '0'");
        }

        @Test
        void unknownAlternative() {
            replace("alternatives: [supervisor-letter, prior-licensed-practice]", "alternatives: [supervisor-leter]");
            assertOnlyProblem(line("alternatives"), "supervised-sessions: unknown alternative 'supervisor-leter' (did you mean"
                    + " 'supervisor-letter'?); the alternatives are supervisor-letter, prior-licensed-practice");
        }

        @Test
        void alternativeListedTwice() {
            replace("alternatives: [supervisor-letter, prior-licensed-practice]", "alternatives: [supervisor-letter, supervisor-letter]");
            assertOnlyProblem(line("alternatives"), "supervised-sessions: 'supervisor-letter' is listed twice");
        }

        @Test
        void alternativesEmpty() {
            replace("alternatives: [supervisor-letter, prior-licensed-practice]", "alternatives: []");
            assertOnlyProblem(line("alternatives"), "supervised-sessions: 'alternatives' is empty");
        }

        @Test
        void unknownObservationMode() {
            replace("observation: [in-person, synchronous-telehealth]", "observation: [in-person, video]");
            assertOnlyProblem(line("observation"), "supervised-sessions: unknown observation mode 'video'; the observation modes are"
                    + " in-person, synchronous-telehealth");
        }

        @Test
        void observationEmpty() {
            replace("observation: [in-person, synchronous-telehealth]", "observation: []");
            assertOnlyProblem(line("observation"), "supervised-sessions: 'observation' is empty");
        }

        @Test
        void sessionsNeedAnAttestation() {
            replace("attestation: >\n  I observed the session.\n", "");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(List.of(line("supervised-sessions:"), line("supervisor:"), line("final-attestation:")),
                    problems.stream().map(ContentProblem::line).toList(), CurriculumFixture.list(problems));
            assertEquals("'supervised-sessions' needs an 'attestation': the statement a supervisor signs for each supervised session",
                    problems.get(0).message());
        }
    }

    @Nested
    class Selections {

        @Test
        void unknownModuleSuggestsTheOneMeant() {
            replace("modules: [advanced]", "modules: [advnced]");
            assertOnlyProblem(line("modules:"), "module 'advnced' is not the id of any module (did you mean 'advanced'?); the module ids"
                    + " are advanced, basics");
        }

        @Test
        void moduleListedTwice() {
            replace("modules: [advanced]", "modules: [advanced, advanced]");
            assertOnlyProblem(line("modules:"), "module 'advanced' is listed twice");
        }

        @Test
        void modulesAreNeverRequiredOnly() {
            replace("modules: [advanced]", "modules: required");
            assertOnlyProblem(line("modules:"), "'modules' must be all or a list of module ids, not 'required'");
        }

        @Test
        void modulesEmptyList() {
            replace("modules: [advanced]", "modules: []");
            assertOnlyProblem(line("modules:"), "'modules' lists no module; write all or a list of module ids");
        }

        @Test
        void modulesWithNothingWritten() {
            replace("modules: [advanced]", "modules:");
            assertOnlyProblem(line("modules:"), "'modules' is empty");
        }

        @Test
        void modulesWrittenAsFields() {
            replace("modules: [advanced]", "modules:\n  advanced: true");
            assertOnlyProblem(line("modules:"), "'modules' must be all or a list of module ids");
        }

        @Test
        void unknownSkill() {
            replace("practical-skills: [consent-talk]", "practical-skills: [consent-talk, safe-dpth]");
            assertOnlyProblem(line("practical-skills"), "practical skill 'safe-dpth' is not the id of any practical skill (did you mean"
                    + " 'safe-depth'?); the practical skill ids are consent-talk, safe-depth");
        }

        @Test
        void skillsRequiredOrAll() {
            replace("practical-skills: [consent-talk]", "practical-skills: mandatory");
            assertOnlyProblem(line("practical-skills"), "'practical-skills' must be all, required or a list of practical skill ids, not"
                    + " 'mandatory'");
            replace("practical-skills: mandatory", "practical-skills: all");
            assertEquals(Selection.ofAll(), fixture.read().profiles().get(0).practicalSkills());
        }

        @Test
        void unknownModuleIsNotReportedWhileAModuleIdCannotBeRead() {
            fixture.replace("02-advanced/module.yaml", "id: advanced\n", "");
            fixture.replace("02-advanced/questions.yaml", "tags: [depth, advanced, key-fact-2]", "tags: [depth, key-fact-2]");
            fixture.replace("practical-skills.yaml", "module: advanced", "module: basics");
            fixture.assertOnlyProblem("02-advanced/module.yaml", 1, "missing required field 'id'");
        }
    }

    @Nested
    class Supervisor {

        @Test
        void askingForNothing() {
            replace("supervisor:\n  licensure-years: 3\n  dry-needling-years: 1\n  sessions-performed: 25\n", "supervisor:\n");
            assertOnlyProblem(line("supervisor:"), "supervisor: asks for nothing; write licensure-years, dry-needling-years,"
                    + " sessions-performed as the rule requires, or leave 'supervisor' out");
        }

        @Test
        void numbersMustBePositive() {
            replace("  sessions-performed: 25", "  sessions-performed: 0");
            assertOnlyProblem(line("sessions-performed"), "supervisor: 'sessions-performed' must be a whole number from 1 to 5000, not '0'");
        }

        @Test
        void misspeltField() {
            replace("  dry-needling-years: 1", "  dry-needling-yrs: 1");
            assertOnlyProblem(line("dry-needling-yrs"), "supervisor: unknown field 'dry-needling-yrs'");
        }

        @Test
        void eachFieldIsOptional() {
            replace("  licensure-years: 3\n  dry-needling-years: 1\n", "");
            assertEquals(new SupervisorRule(null, null, 25), fixture.read().profiles().get(0).supervisor());
        }
    }
}
