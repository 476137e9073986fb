package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code modules/practical-skills.yaml}: optional, but when it is there every rule of the README
 * applies, with file and line, and it is versioned apart from the modules.
 */
class PracticalSkillsTest {

    private static final String SKILLS = "practical-skills.yaml";

    /**
     * Two valid skills for the fixture's modules basics and advanced: safe-depth is signed off per
     * region, consent-talk once; each has one step without which a session cannot pass.
     */
    static final String VALID_SKILLS = """
            # what a supervisor must see
            regions:
              - id: upper-limb
                title: Upper limb
              - id: thorax
                title: Thorax and upper back

            skills:
              - id: safe-depth
                title: "Depth: keeping off the pleura"
                module: basics
                required: true
                observed-sessions: 3
                regions: [upper-limb, thorax]
                steps:
                  - text: Names the patient's risk factors before needling.
                  - text: >
                      Uses superficial needling over the lung.
                    critical: true
                  - text: Stops if the patient reports chest pain.
                    critical: true
                references: [chen-2018, chu-2018]

              - id: consent-talk
                title: Consent conversation
                module: advanced
                required: false
                observed-sessions: 1
                steps:
                  - text: Explains the risk of pneumothorax.
                    critical: true
                  - text: Records consent.
                references:
                  - chu-2018
            """;

    /** The steps of consent-talk as written, for tests that rewrite them. */
    private static final String CONSENT_STEPS = """
                steps:
                  - text: Explains the risk of pneumothorax.
                    critical: true
                  - text: Records consent.
            """;

    @TempDir
    Path tempDir;

    CurriculumFixture fixture;

    @BeforeEach
    void writeValidCurriculumWithSkills() {
        fixture = CurriculumFixture.valid(tempDir.resolve("first")).write(SKILLS, VALID_SKILLS);
    }

    private int line(String snippet) {
        return fixture.lineOf(SKILLS, snippet);
    }

    /** The 1-based line of the last line that is exactly {@code text}, for text written more than once. */
    private int lastLineThatIs(String text) {
        int index = fixture.read(SKILLS).lines().toList().lastIndexOf(text);
        assertTrue(index >= 0, "no line '" + text + "' in " + SKILLS);
        return index + 1;
    }

    /** Drops the file's regions: list, which is all that comes before skills:. */
    private void removeTheRegionsList() {
        String text = fixture.read(SKILLS);
        fixture.write(SKILLS, text.substring(text.indexOf("skills:")));
    }

    @Nested
    class Reading {

        @Test
        void skillsAreReadInTheOrderWritten() {
            Curriculum curriculum = fixture.read();
            assertEquals(List.of("safe-depth", "consent-talk"), curriculum.skills().stream().map(PracticalSkill::id).toList());
            PracticalSkill depth = curriculum.skill("safe-depth").orElseThrow();
            assertEquals("Depth: keeping off the pleura", depth.title());
            assertEquals("basics", depth.moduleId());
            assertTrue(depth.required());
            assertEquals(List.of(new PracticalSkill.Step("Names the patient's risk factors before needling.", false),
                    new PracticalSkill.Step("Uses superficial needling over the lung.", true),
                    new PracticalSkill.Step("Stops if the patient reports chest pain.", true)), depth.steps());
            assertEquals(3, depth.observedSessions());
            assertEquals(List.of("upper-limb", "thorax"), depth.regions());
            assertEquals(List.of("chen-2018", "chu-2018"), depth.references().stream().map(Reference::key).toList());
            assertEquals("10.1016/j.jams.2018.08.002", depth.references().get(0).doi());
            PracticalSkill consent = curriculum.skill("consent-talk").orElseThrow();
            assertFalse(consent.required());
            assertEquals(List.of("Explains the risk of pneumothorax.", "Records consent."), consent.stepTexts());
            assertEquals(1, consent.observedSessions());
            assertEquals(List.of(), consent.regions());
            assertTrue(curriculum.module(consent.moduleId()).isPresent());
        }

        @Test
        void regionsAreReadInTheOrderWritten() {
            assertEquals(List.of(new PracticalSkill.Region("upper-limb", "Upper limb"),
                    new PracticalSkill.Region("thorax", "Thorax and upper back")), fixture.read().regions());
        }

        @Test
        void theRegionsListIsOptional() {
            fixture.replace(SKILLS, "    regions: [upper-limb, thorax]\n", "");
            removeTheRegionsList();
            Curriculum curriculum = fixture.read();
            assertEquals(List.of(), curriculum.regions());
            assertEquals(List.of(), curriculum.skill("safe-depth").orElseThrow().regions());
        }

        @Test
        void theFileIsOptional() {
            fixture.delete(SKILLS);
            Curriculum curriculum = fixture.read();
            assertEquals(List.of(), curriculum.skills());
            assertEquals(Curriculum.NO_SKILLS_VERSION, curriculum.skillsVersion());
        }

        @Test
        void noSkillsVersionIsTheHashOfNothing() {
            assertEquals(HexFormat.of().formatHex(PracticalSkillsReader.sha256().digest()), Curriculum.NO_SKILLS_VERSION);
        }

        @Test
        void theOldConstructorStillMakesACurriculumWithoutSkills() {
            Curriculum curriculum = new Curriculum(List.of(), Map.of());
            assertEquals(List.of(), curriculum.skills());
            assertEquals(Curriculum.NO_SKILLS_VERSION, curriculum.skillsVersion());
        }

        @Test
        void skillsAreReportedTogetherWithProblemsInOtherFiles() {
            fixture.replace("01-basics/module.yaml", "pass-mark: 80", "pass-mark: 101");
            fixture.replace(SKILLS, "module: advanced", "module: nowhere");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(2, problems.size(), CurriculumFixture.list(problems));
            assertEquals("modules/01-basics/module.yaml", slashed(problems.get(0).file()));
            assertEquals("modules/" + SKILLS, slashed(problems.get(1).file()));
            assertEquals(line("module: nowhere"), problems.get(1).line());
        }

        private static String slashed(Path path) {
            return path.toString().replace('\\', '/');
        }
    }

    @Nested
    class Validation {

        @Test
        void misspeltFieldIsReportedWithTheFieldMeantAndNotAlsoAsMissing() {
            fixture.replace(SKILLS, "    module: basics", "    modul: basics");
            fixture.assertOnlyProblem(SKILLS, line("modul: basics"),
                    "skill safe-depth: unknown field 'modul' (did you mean 'module'?)");
        }

        @Test
        void unknownFieldListsTheAllowedFields() {
            fixture.replace(SKILLS, "    required: false", "    required: false\n    supervisor: Dr Jones");
            fixture.assertOnlyProblem(SKILLS, line("supervisor: Dr Jones"), "skill consent-talk: unknown field 'supervisor'; "
                    + "the fields allowed here are id, title, module, required, observed-sessions, regions, steps, references");
        }

        @Test
        void descriptionIsNotAFieldStepsIs() {
            fixture.replace(SKILLS, CONSENT_STEPS, "    description: Explains the risk of pneumothorax.\n");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(2, problems.size(), CurriculumFixture.list(problems));
            assertEquals(line("id: consent-talk"), problems.get(0).line());
            assertTrue(problems.get(0).message().contains("skill consent-talk: missing required field 'steps'"),
                    problems.get(0)::toString);
            assertEquals(line("description:"), problems.get(1).line());
            assertTrue(problems.get(1).message().contains("unknown field 'description'"), problems.get(1)::toString);
        }

        @Test
        void theOldCriteriaListIsNoLongerAField() {
            // A skill in the old form: the author is told that criteria are gone and steps are needed.
            fixture.replace(SKILLS, CONSENT_STEPS, "    criteria: [Explains the risk of pneumothorax., Records consent.]\n");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(2, problems.size(), CurriculumFixture.list(problems));
            assertEquals("skill consent-talk: missing required field 'steps'", problems.get(0).message());
            assertEquals(line("id: consent-talk"), problems.get(0).line());
            assertEquals("skill consent-talk: unknown field 'criteria'; the fields allowed here are id, title, module, required, "
                    + "observed-sessions, regions, steps, references", problems.get(1).message());
            assertEquals(line("criteria:"), problems.get(1).line());
        }

        @Test
        void misspeltTopLevelField() {
            fixture.replace(SKILLS, "skills:", "skils:");
            fixture.assertOnlyProblem(SKILLS, line("skils:"), "unknown field 'skils' (did you mean 'skills'?)");
        }

        @Test
        void missingSkillsList() {
            fixture.write(SKILLS, "# nothing yet\nnotes: none\n");
            List<ContentProblem> problems = fixture.problems();
            assertTrue(problems.stream().anyMatch(p -> p.line() == 2 && p.message().equals("missing required field 'skills'")),
                    CurriculumFixture.list(problems));
        }

        @ParameterizedTest
        @ValueSource(strings = {"title", "module", "required", "observed-sessions", "references"})
        void missingFieldIsReportedOnTheSkillsFirstLine(String field) {
            String text = fixture.read(SKILLS);
            int start = text.indexOf("    " + field + ":", text.indexOf("id: consent-talk"));
            int end = text.indexOf('\n', start) + 1;
            if (field.equals("references")) {
                end = text.length();
            }
            fixture.write(SKILLS, text.substring(0, start) + text.substring(end));
            fixture.assertOnlyProblem(SKILLS, line("id: consent-talk"), "skill consent-talk: missing required field '" + field + "'");
        }

        @Test
        void missingSteps() {
            fixture.replace(SKILLS, CONSENT_STEPS, "");
            fixture.assertOnlyProblem(SKILLS, line("id: consent-talk"), "skill consent-talk: missing required field 'steps'");
        }

        @Test
        void missingId() {
            fixture.replace(SKILLS, "  - id: consent-talk\n    title: Consent conversation", "  - title: Consent conversation");
            fixture.assertOnlyProblem(SKILLS, line("title: Consent conversation"),
                    "skill at line " + line("title: Consent conversation") + ": missing required field 'id'");
        }

        @Test
        void emptyTitle() {
            fixture.replace(SKILLS, "title: Consent conversation", "title:");
            fixture.assertOnlyProblem(SKILLS, lastLineThatIs("    title:"), "skill consent-talk: 'title' is empty");
        }

        @Test
        void twoSkillsWithTheSameId() {
            fixture.replace(SKILLS, "id: consent-talk", "id: safe-depth");
            int first = fixture.read(SKILLS).lines().toList().indexOf("  - id: safe-depth") + 1;
            fixture.assertOnlyProblem(SKILLS, lastLineThatIs("  - id: safe-depth"),
                    "skill safe-depth: skill id 'safe-depth' is already used on line " + first + "; every skill needs its own id");
        }

        @Test
        void idWithCapitalsAndUnderscore() {
            fixture.replace(SKILLS, "id: consent-talk", "id: Consent_Talk");
            fixture.assertOnlyProblem(SKILLS, line("Consent_Talk"),
                    "skill Consent_Talk: skill id must be lower-case letters and digits, words joined by single hyphens");
        }

        @Test
        void moduleThatDoesNotExistSuggestsTheOneMeant() {
            fixture.replace(SKILLS, "module: advanced", "module: advnced");
            fixture.assertOnlyProblem(SKILLS, line("module: advnced"), "skill consent-talk: module 'advnced' is not the id of any"
                    + " module (did you mean 'advanced'?); the module ids are advanced, basics");
        }

        @Test
        void moduleFolderNameIsNotAModuleId() {
            fixture.replace(SKILLS, "module: advanced", "module: 02-advanced");
            fixture.assertOnlyProblem(SKILLS, line("module: 02-advanced"), "module '02-advanced' is not the id of any module");
        }

        @Test
        void unknownModuleIsNotReportedWhileAModuleIdCannotBeRead() {
            // The skill may name exactly the module whose module.yaml is broken: one problem, where it really is.
            fixture.replace("02-advanced/module.yaml", "id: advanced\n", "");
            fixture.replace("02-advanced/questions.yaml", "tags: [depth, advanced, key-fact-2]", "tags: [depth, key-fact-2]");
            fixture.assertOnlyProblem("02-advanced/module.yaml", 1, "missing required field 'id'");
        }

        @Test
        void unknownReferenceKey() {
            fixture.replace(SKILLS, "  - chu-2018", "  - chu-2019");
            fixture.assertOnlyProblem(SKILLS, line("chu-2019"),
                    "skill consent-talk: unknown reference 'chu-2019'; known keys are in modules/references.yaml");
        }

        @Test
        void referenceListedTwice() {
            fixture.replace(SKILLS, "references: [chen-2018, chu-2018]", "references: [chen-2018, chen-2018]");
            fixture.assertOnlyProblem(SKILLS, line("[chen-2018, chen-2018]"), "skill safe-depth: reference 'chen-2018' is listed twice");
        }

        @Test
        void emptyReferences() {
            fixture.replace(SKILLS, "references: [chen-2018, chu-2018]", "references: []");
            fixture.assertOnlyProblem(SKILLS, line("references: []"),
                    "skill safe-depth: 'references' needs at least one key from modules/references.yaml");
        }

        @Test
        void emptyStepsList() {
            fixture.replace(SKILLS, CONSENT_STEPS, "    steps: []\n");
            fixture.assertOnlyProblem(SKILLS, line("steps: []"), "skill consent-talk: 'steps' is empty; list what the supervisor must "
                    + "see the trainee do, one observable step per entry (text: ..., and critical: true where the step is essential)");
        }

        @Test
        void stepsWithNothingWritten() {
            fixture.replace(SKILLS, CONSENT_STEPS, "    steps:\n");
            fixture.assertOnlyProblem(SKILLS, lastLineThatIs("    steps:"), "skill consent-talk: 'steps' is empty");
        }

        @Test
        void stepsWrittenAsOneText() {
            fixture.replace(SKILLS, CONSENT_STEPS, "    steps: Explains the risk.\n");
            fixture.assertOnlyProblem(SKILLS, line("steps: Explains the risk."),
                    "skill consent-talk: 'steps' must be a list, written [a, b] or as lines starting with '- '");
        }

        @Test
        void stepWrittenAsPlainTextLikeAnOldCriterion() {
            fixture.replace(SKILLS, "      - text: Records consent.", "      - Records consent.");
            fixture.assertOnlyProblem(SKILLS, line("- Records consent."),
                    "skill consent-talk: each step must be a set of 'field: value' lines");
        }

        @Test
        void stepWithoutText() {
            fixture.replace(SKILLS, "      - text: Records consent.", "      - critical: false");
            fixture.assertOnlyProblem(SKILLS, line("- critical: false"), "skill consent-talk: missing required field 'text'");
        }

        @Test
        void stepWithEmptyText() {
            fixture.replace(SKILLS, "      - text: Records consent.", "      - text:");
            fixture.assertOnlyProblem(SKILLS, lastLineThatIs("      - text:"), "skill consent-talk: 'text' is empty");
        }

        @Test
        void unknownStepFieldListsTheAllowedFields() {
            fixture.replace(SKILLS, "      - text: Records consent.", "      - text: Records consent.\n        note: in the notes");
            fixture.assertOnlyProblem(SKILLS, line("note: in the notes"),
                    "skill consent-talk: unknown field 'note'; the fields allowed here are text, critical");
        }

        @Test
        void misspeltCriticalIsReportedWithTheFieldMeant() {
            // safe-depth keeps another critical step, so this is the only problem.
            fixture.replace(SKILLS, "      - text: Stops if the patient reports chest pain.\n        critical: true",
                    "      - text: Stops if the patient reports chest pain.\n        critcal: true");
            fixture.assertOnlyProblem(SKILLS, line("critcal: true"), "skill safe-depth: unknown field 'critcal' (did you mean 'critical'?)");
        }

        @Test
        void criticalIsTrueOrFalse() {
            fixture.replace(SKILLS, "      - text: Stops if the patient reports chest pain.\n        critical: true",
                    "      - text: Stops if the patient reports chest pain.\n        critical: always");
            fixture.assertOnlyProblem(SKILLS, line("critical: always"), "skill safe-depth: 'critical' must be true or false, not 'always'");
        }

        @Test
        void noStepIsCritical() {
            fixture.replace(SKILLS, "      - text: Explains the risk of pneumothorax.\n        critical: true\n",
                    "      - text: Explains the risk of pneumothorax.\n");
            fixture.assertOnlyProblem(SKILLS, lastLineThatIs("    steps:"), "skill consent-talk: no step is marked critical: true; mark "
                    + "the steps without which a session cannot be judged competent (consent, hand hygiene, needle direction, needle "
                    + "count, safety-netting...)");
        }

        @Test
        void stepListedTwice() {
            fixture.replace(SKILLS, "      - text: Records consent.", "      - text: Explains the risk of pneumothorax.");
            fixture.assertOnlyProblem(SKILLS, lastLineThatIs("      - text: Explains the risk of pneumothorax."),
                    "skill consent-talk: the step 'Explains the risk of pneumothorax.' is listed twice");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "501", "three"})
        void observedSessionsFrom1To500(String written) {
            fixture.replace(SKILLS, "observed-sessions: 1", "observed-sessions: " + written);
            fixture.assertOnlyProblem(SKILLS, line("observed-sessions: " + written),
                    "skill consent-talk: 'observed-sessions' must be a whole number from 1 to 500, not '" + written + "'");
        }

        @Test
        void fiveHundredObservedSessionsAreAccepted() {
            fixture.replace(SKILLS, "observed-sessions: 1", "observed-sessions: 500");
            assertEquals(500, fixture.read().skill("consent-talk").orElseThrow().observedSessions());
        }

        @Test
        void regionThatIsNotInTheRegionsList() {
            fixture.replace(SKILLS, "regions: [upper-limb, thorax]", "regions: [upper-limb, thorx]");
            fixture.assertOnlyProblem(SKILLS, line("regions: [upper-limb, thorx]"), "skill safe-depth: region 'thorx' is not in the "
                    + "file's regions: list (did you mean 'thorax'?); the regions are upper-limb, thorax");
        }

        @Test
        void regionInASkillWhenTheFileListsNone() {
            removeTheRegionsList();
            List<String> problems = fixture.problems().stream().map(ContentProblem::message).toList();
            assertEquals(List.of("skill safe-depth: region 'upper-limb' is not in the file's regions: list (it has none)",
                    "skill safe-depth: region 'thorax' is not in the file's regions: list (it has none)"), problems);
        }

        @Test
        void regionListedTwiceInASkill() {
            fixture.replace(SKILLS, "regions: [upper-limb, thorax]", "regions: [thorax, thorax]");
            fixture.assertOnlyProblem(SKILLS, line("regions: [thorax, thorax]"), "skill safe-depth: region 'thorax' is listed twice");
        }

        @Test
        void regionIdListedTwice() {
            fixture.replace(SKILLS, "    title: Thorax and upper back\n", "    title: Thorax and upper back\n  - id: thorax\n    title: Chest\n");
            fixture.assertOnlyProblem(SKILLS, lastLineThatIs("  - id: thorax"), "region thorax: region id 'thorax' is listed twice");
        }

        @Test
        void regionWithoutTitle() {
            // A region no skill names yet, so that the missing title is the only problem.
            fixture.replace(SKILLS, "    title: Thorax and upper back\n", "    title: Thorax and upper back\n  - id: head-and-neck\n");
            fixture.assertOnlyProblem(SKILLS, line("- id: head-and-neck"), "region head-and-neck: missing required field 'title'");
        }

        @Test
        void regionIdWithCapitalsAndUnderscore() {
            fixture.replace(SKILLS, "    title: Thorax and upper back\n",
                    "    title: Thorax and upper back\n  - id: Head_Neck\n    title: Head and neck\n");
            fixture.assertOnlyProblem(SKILLS, line("Head_Neck"), "region Head_Neck: region id must be lower-case letters and digits");
        }

        @Test
        void regionWithoutId() {
            fixture.replace(SKILLS, "    title: Thorax and upper back\n", "    title: Thorax and upper back\n  - title: Head and neck\n");
            fixture.assertOnlyProblem(SKILLS, line("- title: Head and neck"),
                    "region at line " + line("- title: Head and neck") + ": missing required field 'id'");
        }

        @Test
        void requiredIsTrueOrFalse() {
            fixture.replace(SKILLS, "required: false", "required: yes please");
            fixture.assertOnlyProblem(SKILLS, line("required: yes please"),
                    "skill consent-talk: 'required' must be true or false, not 'yes please'");
        }

        @Test
        void emptySkillsList() {
            fixture.write(SKILLS, "skills: []\n");
            fixture.assertOnlyProblem(SKILLS, 1, "'skills' lists no skill; write at least one, or delete the file if there are none");
        }

        @Test
        void emptyFile() {
            fixture.write(SKILLS, "# skills to come\n");
            fixture.assertOnlyProblem(SKILLS, 0, "is empty; list the skills under 'skills:', or delete the file if there are none");
        }

        @Test
        void skillThatIsNotASetOfFields() {
            fixture.replace(SKILLS, "  - id: consent-talk", "  - just a sentence\n  - id: consent-talk");
            fixture.assertOnlyProblem(SKILLS, line("just a sentence"), "each skill must be a set of 'field: value' lines");
        }

        @Test
        void yamlSyntaxErrorGivesTheLineAndAHint() {
            fixture.replace(SKILLS, "title: Consent conversation", "title: Consent: the conversation");
            fixture.assertOnlyProblem(SKILLS, line("Consent: the conversation"),
                    "YAML syntax error: mapping values are not allowed here; text that contains ': ' must be put in double quotes");
        }

        @Test
        void aFolderInsteadOfTheFile() {
            fixture.delete(SKILLS);
            fixture.write(SKILLS + "/notes.txt", "oops");
            fixture.assertOnlyProblem(SKILLS, 0, "must be a file listing the practical skills, not a folder");
        }

        @Test
        void windowsLineEndsGiveTheSameLines() {
            fixture.write(SKILLS, VALID_SKILLS.replace("module: advanced", "module: nowhere").replace("\n", "\r\n"));
            fixture.assertOnlyProblem(SKILLS, line("module: nowhere"), "module 'nowhere' is not the id of any module");
        }
    }

    @Nested
    class Versions {

        private String skillsVersion() {
            return fixture.read().skillsVersion();
        }

        private Map<String, String> moduleVersions() {
            return fixture.read().modules().stream()
                    .collect(java.util.stream.Collectors.toMap(ModuleContent::id, ModuleContent::version));
        }

        @Test
        void theSkillsFileNeverChangesAModuleVersion() {
            Map<String, String> withSkills = moduleVersions();
            fixture.replace(SKILLS, "Records consent.", "Records consent in writing.");
            assertEquals(withSkills, moduleVersions());
            fixture.delete(SKILLS);
            assertEquals(withSkills, moduleVersions());
        }

        @Test
        void sameFileGivesTheSameVersionAnywhere() {
            String version = skillsVersion();
            assertTrue(version.matches("[0-9a-f]{64}"), version);
            assertNotEquals(Curriculum.NO_SKILLS_VERSION, version);
            CurriculumFixture copy = CurriculumFixture.valid(tempDir.resolve("elsewhere/deeper")).write(SKILLS, VALID_SKILLS);
            assertEquals(version, copy.read().skillsVersion());
        }

        @Test
        void anyChangeToTheSkillsChangesTheirVersion() {
            String before = skillsVersion();
            fixture.replace(SKILLS, "required: false", "required: true");
            assertNotEquals(before, skillsVersion());
        }

        @Test
        void aModuleChangeDoesNotChangeTheSkillsVersion() {
            String before = skillsVersion();
            fixture.replace("01-basics/lessons/01-depth.md", "less than 2 cm", "less than 3 cm");
            assertEquals(before, skillsVersion());
        }

        @Test
        void aCorrectedCitationTheSkillsCiteChangesTheirVersion() {
            String before = skillsVersion();
            fixture.replace("references.yaml", "pages: \"4157405\"", "pages: \"4157406\"");
            assertNotEquals(before, skillsVersion());
        }

        @Test
        void aSourceTheSkillsDoNotCiteDoesNotChangeTheirVersion() {
            String before = skillsVersion();
            fixture.replace("references.yaml", "title: A source nobody cites", "title: A source nobody cites, corrected");
            assertEquals(before, skillsVersion());
        }

        @Test
        void lineEndsAndAByteOrderMarkDoNotChangeTheVersion() {
            String before = skillsVersion();
            byte[] windows = ("\uFEFF" + VALID_SKILLS.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
            fixture.writeBytes(SKILLS, windows);
            assertEquals(before, skillsVersion());
        }
    }
}
