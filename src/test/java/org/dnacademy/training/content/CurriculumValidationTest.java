package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule of {@code modules/README.md}, each broken on its own in an otherwise valid
 * curriculum: the author must be told the exact file and line, in words they can act on.
 */
class CurriculumValidationTest {

    private static final String BASICS_MODULE = "01-basics/module.yaml";
    private static final String ADVANCED_MODULE = "02-advanced/module.yaml";
    private static final String BASICS_QUESTIONS = "01-basics/questions.yaml";
    private static final String ADVANCED_QUESTIONS = "02-advanced/questions.yaml";
    private static final String BASICS_LESSON = "01-basics/lessons/01-depth.md";
    private static final String REFERENCES = "references.yaml";

    @TempDir
    Path tempDir;

    CurriculumFixture fixture;

    @BeforeEach
    void writeValidCurriculum() {
        fixture = CurriculumFixture.valid(tempDir);
    }

    @Test
    void theFixtureItselfIsValid() {
        Curriculum curriculum = fixture.read();
        assertEquals(List.of("basics", "advanced"), curriculum.modules().stream().map(ModuleContent::id).toList());
    }

    @Nested
    class ModuleFile {

        @Test
        void misspeltFieldIsReportedWithTheFieldMeant() {
            fixture.replace(BASICS_MODULE, "pass-mark: 80", "pass_mark: 80");
            // One problem, not a second one saying that pass-mark is missing.
            ContentProblem problem = fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "pass_mark"),
                    "quiz: unknown field 'pass_mark' (did you mean 'pass-mark'?)");
            assertEquals("modules/01-basics/module.yaml:13: quiz: unknown field 'pass_mark' (did you mean 'pass-mark'?)",
                    problem.toString());
        }

        @Test
        void unknownFieldWithoutCloseMatchListsTheAllowedFields() {
            fixture.replace(BASICS_MODULE, "order: 1", "order: 1\ncolour: blue");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "colour"), "unknown field 'colour'; the fields allowed here are id, title, summary");
        }

        @Test
        void missingRequiredFieldIsReportedAtTheStartOfItsBlock() {
            fixture.replace(BASICS_MODULE, "  max-attempts: 3\n", "");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "quiz:"),
                    "quiz: missing required field 'max-attempts'");
        }

        @Test
        void missingTopLevelFieldIsReportedOnLineOne() {
            fixture.replace(BASICS_MODULE, "summary: >\n  What the module covers and why it matters.\n", "");
            fixture.assertOnlyProblem(BASICS_MODULE, 1, "missing required field 'summary'");
        }

        @Test
        void passMarkAbove100() {
            fixture.replace(BASICS_MODULE, "pass-mark: 80", "pass-mark: 101");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "pass-mark"),
                    "quiz: 'pass-mark' must be a whole number from 1 to 100, not '101'");
        }

        @Test
        void passMarkAsPercentageText() {
            fixture.replace(BASICS_MODULE, "pass-mark: 80", "pass-mark: 80%");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "pass-mark"),
                    "'pass-mark' must be a whole number from 1 to 100, not '80%'");
        }

        @Test
        void maxAttemptsInWords() {
            fixture.replace(BASICS_MODULE, "max-attempts: 3", "max-attempts: three");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "max-attempts"),
                    "'max-attempts' must be a whole number of at least 1, not 'three'");
        }

        @Test
        void zeroTimeLimit() {
            fixture.replace(BASICS_MODULE, "time-limit-minutes: 30", "time-limit-minutes: 0");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "time-limit"),
                    "'time-limit-minutes' must be a whole number of at least 1, not '0'");
        }

        @Test
        void timeLimitIsOptionalAndMeansUntimed() {
            fixture.replace(BASICS_MODULE, "  time-limit-minutes: 30\n", "");
            QuizRules quiz = fixture.read().module("basics").orElseThrow().quiz();
            assertNull(quiz.timeLimitMinutes());
            assertEquals(3, quiz.questionsPerAttempt());
        }

        @Test
        void zeroCooldownMeansNoWait() {
            fixture.replace(BASICS_MODULE, "cooldown-minutes: 60", "cooldown-minutes: 0");
            assertEquals(0, fixture.read().module("basics").orElseThrow().quiz().cooldownMinutes());
        }

        @Test
        void validityOfZeroMonths() {
            fixture.replace(BASICS_MODULE, "validity-months: 24", "validity-months: 0");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "validity-months"),
                    "certificate: 'validity-months' must be a whole number of at least 1, not '0'");
        }

        @Test
        void yesIsNotTrueOrFalse() {
            fixture.replace(BASICS_MODULE, "retake-after-pass: false", "retake-after-pass: maybe");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "retake-after-pass"),
                    "'retake-after-pass' must be true or false, not 'maybe'");
        }

        @Test
        void fewerQuestionsPerAttemptThanTopics() {
            fixture.replace(BASICS_MODULE, "questions-per-attempt: 3", "questions-per-attempt: 1");
            // The topics rule comes first; the blueprint check may add its own count on the same line.
            List<ContentProblem> problems = fixture.problems();
            int line = fixture.lineOf(BASICS_MODULE, "questions-per-attempt");
            assertEquals("modules/01-basics/module.yaml:" + line + ": quiz: 'questions-per-attempt' is 1 but the module has 2 topics, "
                    + "and every attempt draws at least one question per topic", problems.get(0).toString());
            assertTrue(problems.stream().allMatch(p -> p.line() == line && p.file().endsWith("module.yaml")), CurriculumFixture.list(problems));
        }

        @Test
        void moreQuestionsPerAttemptThanTheBankHolds() {
            fixture.replace(BASICS_MODULE, "questions-per-attempt: 3", "questions-per-attempt: 12");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "questions-per-attempt"),
                    "quiz: 'questions-per-attempt' is 12 but questions.yaml has only 5 questions");
        }

        @Test
        void topicsWrittenAsTextInsteadOfAList() {
            fixture.replace(BASICS_MODULE, "topics:\n  - depth\n  - consent", "topics: depth");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "topics: depth"),
                    "'topics' must be a list, written [a, b] or as lines starting with '- '");
        }

        @Test
        void idWithCapitalsAndUnderscore() {
            fixture.replace(BASICS_MODULE, "id: basics", "id: Basics_1");
            List<ContentProblem> problems = fixture.problems();
            assertTrue(problems.stream().anyMatch(p -> p.line() == 1 && p.file().endsWith("module.yaml")
                    && p.message().contains("id 'Basics_1' must be lower-case letters and digits")), CurriculumFixture.list(problems));
        }

        @Test
        void twoModulesWithTheSameId() {
            fixture.replace(ADVANCED_MODULE, "id: advanced", "id: basics");
            fixture.replace(ADVANCED_MODULE, "prerequisites: [basics]", "prerequisites: []");
            fixture.replace(ADVANCED_QUESTIONS, "tags: [depth, advanced, key-fact-2]", "tags: [depth, key-fact-2]");
            fixture.assertOnlyProblem(ADVANCED_MODULE, 1,
                    "module id 'basics' is already used by modules/01-basics/module.yaml");
        }

        @Test
        void twoModulesWithTheSameOrder() {
            fixture.replace(ADVANCED_MODULE, "order: 2", "order: 1");
            fixture.assertOnlyProblem(ADVANCED_MODULE, fixture.lineOf(ADVANCED_MODULE, "order:"),
                    "order 1 is already used by modules/01-basics/module.yaml");
        }

        @Test
        void prerequisiteThatIsNoModule() {
            fixture.replace(ADVANCED_MODULE, "prerequisites: [basics]", "prerequisites: [basic]");
            fixture.assertOnlyProblem(ADVANCED_MODULE, fixture.lineOf(ADVANCED_MODULE, "prerequisites"),
                    "prerequisite 'basic' is not the id of any module; the module ids are advanced, basics");
        }

        @Test
        void prerequisitesInACircle() {
            fixture.replace(BASICS_MODULE, "prerequisites: []", "prerequisites:\n  - advanced");
            fixture.assertOnlyProblem(ADVANCED_MODULE, fixture.lineOf(ADVANCED_MODULE, "prerequisites"),
                    "prerequisites form a circle, so no trainee could ever start these modules: basics requires advanced requires basics");
        }

        @Test
        void moduleThatRequiresItself() {
            fixture.replace(BASICS_MODULE, "prerequisites: []", "prerequisites: [basics]");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "prerequisites"),
                    "basics requires basics");
        }

        @Test
        void topicThatNoQuestionIsTaggedWith() {
            fixture.replace(BASICS_MODULE, "  - consent", "  - consent\n  - needle-choice");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "needle-choice"),
                    "topic 'needle-choice' has no questions");
        }

        @Test
        void yamlSyntaxErrorGivesTheLineAndAHint() {
            fixture.replace(BASICS_MODULE, "title: \"Module basics\"", "title: Safety: the basics");
            fixture.assertOnlyProblem(BASICS_MODULE, 2,
                    "YAML syntax error: mapping values are not allowed here; text that contains ': ' must be put in double quotes");
        }

        @Test
        void tabIndentationIsASyntaxError() {
            fixture.replace(BASICS_MODULE, "  pass-mark: 80", "\tpass-mark: 80");
            ContentProblem problem = fixture.problems().get(0);
            assertEquals(fixture.lineOf(BASICS_MODULE, "pass-mark"), problem.line(), problem::toString);
            assertTrue(problem.message().startsWith("YAML syntax error"), problem::toString);
        }

        @Test
        void sameFieldTwice() {
            fixture.replace(BASICS_MODULE, "order: 1", "order: 1\norder: 2");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "order: 2"),
                    "field 'order' appears twice (also on line " + fixture.lineOf(BASICS_MODULE, "order: 1") + "); keep one");
        }

        @Test
        void missingModuleFile() {
            fixture.delete(BASICS_MODULE);
            List<ContentProblem> problems = fixture.problems();
            assertTrue(problems.stream().anyMatch(p -> p.toString().equals(
                    "modules/01-basics/module.yaml: is missing; every module folder needs a module.yaml")), CurriculumFixture.list(problems));
        }

        @Test
        void misspeltFileInAModuleFolder() {
            fixture.write("01-basics/question.yaml", "questions: []\n");
            fixture.assertOnlyProblem("01-basics/question.yaml", 0, "does not belong in a module folder");
        }

        @Test
        void hiddenFilesAreIgnored() {
            fixture.write("01-basics/.DS_Store", "finder junk");
            fixture.write("01-basics/lessons/.DS_Store", "finder junk");
            fixture.read();
        }
        @Test
        void requirementsFolderBesideTheModulesIsNotAModule() {
            // Its files are requirement profiles, checked as such (RequirementProfilesTest), never as a module folder.
            fixture.write("requirements/uk.yaml", "jurisdiction: United Kingdom\n");
            List<ContentProblem> problems = fixture.problems();
            assertTrue(problems.stream().allMatch(p -> p.file().toString().replace('\\', '/').equals("modules/requirements/uk.yaml")),
                    CurriculumFixture.list(problems));
            fixture.delete("requirements/uk.yaml");
            assertEquals(List.of("basics", "advanced"), fixture.read().modules().stream().map(ModuleContent::id).toList());
        }

        @Test
        void anyOtherFolderBesideTheModulesIsReadAsAModule() {
            // Only requirements/ is skipped: a misspelt or stray folder is still reported.
            fixture.write("requirement/uk.yaml", "jurisdiction: United Kingdom\n");
            List<ContentProblem> problems = fixture.problems();
            assertTrue(problems.stream().anyMatch(p -> p.toString().equals(
                    "modules/requirement/module.yaml: is missing; every module folder needs a module.yaml")), CurriculumFixture.list(problems));
        }
    }

    @Nested
    class Lessons {

        @Test
        void lessonWithoutHeader() {
            fixture.write(BASICS_LESSON, "# Depth\n\nThe pleura is close [@chen-2018].\n");
            fixture.assertOnlyProblem(BASICS_LESSON, 1, "a lesson must start with a header: a line '---'");
        }

        @Test
        void headerThatIsNeverClosed() {
            fixture.write(BASICS_LESSON, "---\ntitle: Depth\n\nThe pleura is close [@chen-2018].\n");
            fixture.assertOnlyProblem(BASICS_LESSON, 1, "the header that starts here is not closed by a second '---' line");
        }

        @Test
        void headerWithoutTitle() {
            fixture.write(BASICS_LESSON, "---\n---\n\nThe pleura is close [@chen-2018].\n");
            fixture.assertOnlyProblem(BASICS_LESSON, 2, "the header has no 'title: ...' line");
        }

        @Test
        void misspeltTitle() {
            fixture.write(BASICS_LESSON, "---\ntitel: Depth\n---\n\nThe pleura is close [@chen-2018].\n");
            ContentProblem problem = fixture.assertOnlyProblem(BASICS_LESSON, 2, "unknown field 'titel' (did you mean 'title'?)");
            assertEquals("modules/01-basics/lessons/01-depth.md:2: unknown field 'titel' (did you mean 'title'?)", problem.toString());
        }

        @Test
        void titleWithAnUnquotedColon() {
            fixture.write(BASICS_LESSON, "---\ntitle: Depth: the pleura\n---\n\nThe pleura is close [@chen-2018].\n");
            fixture.assertOnlyProblem(BASICS_LESSON, 2, "mapping values are not allowed here");
        }

        @Test
        void moduleWithoutLessons() {
            fixture.delete("01-basics/lessons");
            fixture.assertOnlyProblem("01-basics/lessons", 0, "a module needs at least one lesson");
        }

        @Test
        void fileInLessonsThatIsNotMarkdown() {
            fixture.write("01-basics/lessons/03-notes.txt", "notes");
            fixture.assertOnlyProblem("01-basics/lessons/03-notes.txt", 0, "lessons/ may hold only lessons");
        }

        @Test
        void lessonWithoutCitation() {
            fixture.write(BASICS_LESSON, "---\ntitle: Depth\n---\n\nThe pleura is close.\n");
            fixture.assertOnlyProblem(BASICS_LESSON, 0, "the lesson cites no source; cite every clinical claim with [@key]");
        }

        @Test
        void unknownCitationKeyIsReportedOnItsLine() {
            fixture.replace(BASICS_LESSON, "[@chu-2018; @chen-2018]", "[@chu-2018; @chen-2019]");
            ContentProblem problem = fixture.assertOnlyProblem(BASICS_LESSON, fixture.lineOf(BASICS_LESSON, "chen-2019"),
                    "unknown reference [@chen-2019]; known keys are in modules/references.yaml");
            assertEquals("modules/01-basics/lessons/01-depth.md:8: unknown reference [@chen-2019]; known keys are in modules/references.yaml",
                    problem.toString());
        }

        @Test
        void citationsSeparatedByCommas() {
            fixture.replace(BASICS_LESSON, "[@chu-2018; @chen-2018]", "[@chu-2018, @chen-2018]");
            fixture.assertOnlyProblem(BASICS_LESSON, 8, "'[@chu-2018, @chen-2018]' is not a citation: write [@key], or [@key1; @key2]");
        }

        @Test
        void rawHtmlBlock() {
            fixture.replace(BASICS_LESSON, "## How deep", "<div class=\"warning\">Careful</div>\n\n## How deep");
            fixture.assertOnlyProblem(BASICS_LESSON, 5, "HTML is not allowed in lessons ('<div class=\"warning\">Careful</div>')");
        }

        @Test
        void rawHtmlInsideAParagraph() {
            fixture.replace(BASICS_LESSON, "Individuals vary", "Individuals <span>really</span> vary");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(2, problems.size(), CurriculumFixture.list(problems)); // opening and closing tag
            assertEquals(8, problems.get(0).line());
            assertTrue(problems.get(0).message().contains("('<span>')"), problems.get(0)::toString);
        }

        @Test
        void scriptIsReportedAndNeverRendered() {
            fixture.replace(BASICS_LESSON, "## How deep", "<script>alert('x')</script>\n\n## How deep");
            fixture.assertOnlyProblem(BASICS_LESSON, 5, "HTML is not allowed in lessons ('<script>alert('x')</script>')");
        }

        @Test
        void imageWithoutAltText() {
            fixture.writeBytes("01-basics/images/chest.svg", svg());
            fixture.replace(BASICS_LESSON, "## How deep", "![](../images/chest.svg)\n\n## How deep");
            fixture.assertOnlyProblem(BASICS_LESSON, 5, "image '../images/chest.svg' has no alt text");
        }

        @Test
        void imageFileThatDoesNotExist() {
            fixture.replace(BASICS_LESSON, "## How deep", "![Layers of the chest wall](../images/chest.svg)\n\n## How deep");
            fixture.assertOnlyProblem(BASICS_LESSON, 5, "image file 'chest.svg' not found in modules/01-basics/images/");
        }

        @Test
        void imageOfAnotherFormat() {
            fixture.replace(BASICS_LESSON, "## How deep", "![Layers](../images/chest.gif)\n\n## How deep");
            fixture.assertOnlyProblem(BASICS_LESSON, 5, "image 'chest.gif' must be an SVG, PNG or JPG file");
        }

        @Test
        void imageFromTheInternet() {
            fixture.replace(BASICS_LESSON, "## How deep", "![Layers](https://example.org/chest.png)\n\n## How deep");
            fixture.assertOnlyProblem(BASICS_LESSON, 5, "must be a file in this module's images folder, written ../images/<file name>");
        }

        @Test
        void imageThatExistsIsServedFromTheModuleImagesPath() {
            fixture.writeBytes("01-basics/images/chest.svg", svg());
            fixture.replace(BASICS_LESSON, "## How deep", "![Layers of the chest wall](../images/chest.svg)\n\n## How deep");
            ModuleContent basics = fixture.read().module("basics").orElseThrow();
            assertTrue(basics.lessons().get(0).html().contains(
                    "<img src=\"images/basics/chest.svg\" alt=\"Layers of the chest wall\" loading=\"lazy\" />"),
                    basics.lessons().get(0).html());
            assertEquals(List.of("chest.svg"), List.copyOf(basics.images().keySet()));
        }

        @Test
        void gifInImagesFolder() {
            fixture.writeBytes("01-basics/images/anim.gif", new byte[] {71, 73, 70});
            fixture.assertOnlyProblem("01-basics/images/anim.gif", 0, "images must be SVG, PNG or JPG files");
        }

        @Test
        void svgWithAScript() {
            fixture.write("01-basics/images/chest.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                    + "  <rect width=\"10\" height=\"10\"/>\n  <script>fetch('/steal')</script>\n</svg>\n");
            fixture.assertOnlyProblem("01-basics/images/chest.svg", 3, "an SVG diagram must not contain scripts");
        }

        @Test
        void svgWithAnEventHandler() {
            fixture.write("01-basics/images/chest.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n");
            fixture.assertOnlyProblem("01-basics/images/chest.svg", 1, "('onload=')");
        }

        @Test
        void windowsLineEndsKeepLineNumbersRight() {
            String crlf = fixture.read(BASICS_LESSON).replace("[@chu-2018; @chen-2018]", "[@nobody-2020]").replace("\n", "\r\n");
            fixture.write(BASICS_LESSON, crlf);
            fixture.assertOnlyProblem(BASICS_LESSON, 8, "unknown reference [@nobody-2020]");
        }

        @Test
        void notUtf8() {
            fixture.writeBytes(BASICS_LESSON, "---\ntitle: Caf\u00e9\n---\n[@chen-2018]\n".getBytes(StandardCharsets.ISO_8859_1));
            fixture.assertOnlyProblem(BASICS_LESSON, 0, "is not UTF-8 text");
        }

        private byte[] svg() {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"10\"/></svg>\n"
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Nested
    class Questions {

        @Test
        void sameQuestionIdInTwoModules() {
            fixture.replace(ADVANCED_QUESTIONS, "- id: advanced-q03", "- id: basics-q03");
            fixture.assertOnlyProblem(ADVANCED_QUESTIONS, fixture.lineOf(ADVANCED_QUESTIONS, "basics-q03"),
                    "question id 'basics-q03' is already used at modules/01-basics/questions.yaml:"
                            + fixture.lineOf(BASICS_QUESTIONS, "basics-q03")
                            + "; ids must be unique in the whole curriculum");
        }

        @Test
        void sameCaseIdInTwoModules() {
            fixture.write(ADVANCED_QUESTIONS, fixture.read(ADVANCED_QUESTIONS).replace("advanced-case-swimmer", "basics-case-swimmer"));
            fixture.assertOnlyProblem(ADVANCED_QUESTIONS, 2, "case id 'basics-case-swimmer' is already used at modules/01-basics/questions.yaml:2");
        }

        @Test
        void questionIdNotInTheIdShape() {
            fixture.replace(BASICS_QUESTIONS, "- id: basics-q03", "- id: Basics Q3");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "Basics Q3"),
                    "question Basics Q3: question id must be lower-case letters and digits");
        }

        @Test
        void caseThatIsNotInTheFile() {
            fixture.replace(BASICS_QUESTIONS, "    case: basics-case-swimmer\n    stem: >", "    case: basics-case-rower\n    stem: >");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(2, problems.size(), CurriculumFixture.list(problems));
            assertEquals(fixture.lineOf(BASICS_QUESTIONS, "case: basics-case-rower"), problems.get(1).line());
            assertEquals("question basics-q01: case 'basics-case-rower' is not one of the cases in this file (basics-case-swimmer)",
                    problems.get(1).message());
            // ...which leaves the swimmer case with one question:
            assertEquals("case basics-case-swimmer: has 1 question; a case needs at least 2 (questions name it with case: basics-case-swimmer)",
                    problems.get(0).message());
            assertEquals(2, problems.get(0).line());
        }

        @Test
        void caseWithOneQuestion() {
            fixture.replace(BASICS_QUESTIONS, "    scoring: partial\n    case: basics-case-swimmer\n", "    scoring: partial\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, 2, "case basics-case-swimmer: has 1 question; a case needs at least 2");
        }

        @Test
        void caseWithoutVignette() {
            fixture.replace(BASICS_QUESTIONS, "    vignette: >\n      A 22-year-old swimmer with a BMI of 17.5 has neck pain.\n", "");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, 2, "case basics-case-swimmer: missing required field 'vignette'");
        }

        @Test
        void questionWithoutStem() {
            fixture.replace(BASICS_QUESTIONS, "    stem: Consent for thoracic needling must cover pneumothorax.\n", "");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "- id: basics-q03"),
                    "question basics-q03: missing required field 'stem'");
        }

        @Test
        void emptyExplanation() {
            fixture.replace(BASICS_QUESTIONS, "explanation: It is a material risk.", "explanation:");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "answer: true") + 1,
                    "question basics-q03: 'explanation' is empty");
        }

        @Test
        void stemOfASingleQuestionThatIsNotAQuestion() {
            fixture.replace(BASICS_QUESTIONS, "Which approach is most appropriate?", "Choose the most appropriate approach.");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "stem: >"),
                    "question basics-q01: the stem of a single question must end with '?'");
        }

        @Test
        void misspeltQuestionField() {
            fixture.replace(BASICS_QUESTIONS, "explanation: It is a material risk.", "explaination: It is a material risk.");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "explaination"),
                    "question basics-q03: unknown field 'explaination' (did you mean 'explanation'?)");
        }

        @Test
        void unknownType() {
            fixture.replace(BASICS_QUESTIONS, "type: true-false", "type: yes-no");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "yes-no"),
                    "question basics-q03: 'type' must be single, multiple or true-false, not 'yes-no'");
        }

        @Test
        void noReferences() {
            fixture.replace(BASICS_QUESTIONS, "references: [chu-2018]", "references: []");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "references: []"),
                    "question basics-q03: 'references' needs at least one key from modules/references.yaml");
        }

        @Test
        void unknownReference() {
            fixture.replace(BASICS_QUESTIONS, "references: [chen-2018, chu-2018]", "references: [chen-2018, chu-2019]");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "chu-2019"),
                    "question basics-q02: unknown reference 'chu-2019'; known keys are in modules/references.yaml");
        }

        @Test
        void referencesWrittenAsText() {
            fixture.replace(BASICS_QUESTIONS, "references: [chu-2018]", "references: chu-2018");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "references: chu-2018"),
                    "question basics-q03: 'references' must be a list");
        }

        @Test
        void tagsWithoutATopic() {
            fixture.replace(BASICS_QUESTIONS, "tags: [consent, key-fact-6]", "tags: [key-fact-6]");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "tags: [key-fact-6]"),
                    "question basics-q03: 'tags' must include one of the module's topics (depth, consent)");
        }

        @Test
        void tagsWithTwoTopics() {
            fixture.replace(BASICS_QUESTIONS, "tags: [consent, key-fact-6]", "tags: [consent, depth, key-fact-6]");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "tags: [consent, depth"),
                    "question basics-q03: 'tags' has 2 topics (consent, depth); keep only the one the question tests");
        }

        @Test
        void keyFactOutOfRange() {
            fixture.replace(BASICS_QUESTIONS, "tags: [consent, key-fact-6]", "tags: [consent, key-fact-21]");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "key-fact-21"),
                    "question basics-q03: tag 'key-fact-21' is not a key fact: N in key-fact-N goes from 1 to 20");
        }

        @Test
        void keyFactZero() {
            fixture.replace(BASICS_QUESTIONS, "tags: [consent, key-fact-6]", "tags: [consent, key-fact-0]");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "key-fact-0"), "is not a key fact");
        }

        @Test
        void misspeltTopicTag() {
            fixture.replace(BASICS_QUESTIONS, "tags: [consent, key-fact-6]", "tags: [consent, key-fact-6, dept]");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "dept]"),
                    "question basics-q03: unknown tag 'dept' (did you mean 'depth'?); tags are one of the module's topics (depth, consent), key-fact-N and the module id 'basics'");
        }

        @Test
        void oneOption() {
            fixture.replace(BASICS_QUESTIONS, """
                          - id: a
                            text: Deep needling stopped at 12 mm
                            feedback: A depth limit gives false reassurance.
                    """, "");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "Which approach") + 1,
                    "question basics-q01: 'options' has 1 option; a question needs 2 to 6");
        }

        @Test
        void sevenOptions() {
            String extra = "      - id: e\n        text: E\n      - id: f\n        text: F\n      - id: g\n        text: G\n";
            fixture.replace(BASICS_QUESTIONS, "        text: None of these\n        fixed: true\n",
                    "        text: None of these\n        fixed: true\n" + extra);
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "Which of these change") + 1,
                    "question basics-q02: 'options' has 7 options; a question needs 2 to 6");
        }

        @Test
        void optionIdUsedTwice() {
            fixture.replace(BASICS_QUESTIONS, "      - id: c\n        text: Eye colour", "      - id: b\n        text: Eye colour");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "Eye colour") - 1,
                    "question basics-q02: option id 'b' is used twice (also on line " + (fixture.lineOf(BASICS_QUESTIONS, "Posture") - 1) + ")");
        }

        @Test
        void optionIdThatIsNotOneLetter() {
            fixture.replace(BASICS_QUESTIONS, "      - id: c\n        text: Eye colour", "      - id: C1\n        text: Eye colour");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "id: C1"),
                    "question basics-q02: option id 'C1' must be one lower-case letter");
        }

        @Test
        void optionWithoutText() {
            int optionC = fixture.lineOf(BASICS_QUESTIONS, "text: Eye colour") - 1;
            fixture.replace(BASICS_QUESTIONS, "      - id: c\n        text: Eye colour\n", "      - id: c\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, optionC,
                    "question basics-q02: option 'c': missing required field 'text'");
        }

        @Test
        void singleQuestionWithTwoCorrectOptions() {
            fixture.replace(BASICS_QUESTIONS, "        feedback: A depth limit gives false reassurance.",
                    "        feedback: A depth limit gives false reassurance.\n        correct: true");
            int optionB = fixture.lineOf(BASICS_QUESTIONS, "text: Superficial needling") - 1;
            ContentProblem problem = fixture.assertOnlyProblem(BASICS_QUESTIONS, optionB,
                    "question basics-q01: option 'b' is marked correct but the type is single and option 'a' is also correct");
            assertEquals("modules/01-basics/questions.yaml:" + optionB
                    + ": question basics-q01: option 'b' is marked correct but the type is single and option 'a' is also correct",
                    problem.toString());
        }

        @Test
        void singleQuestionWithNoCorrectOption() {
            fixture.replace(BASICS_QUESTIONS, "        text: Superficial needling\n        correct: true\n",
                    "        text: Superficial needling\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "Which approach") + 1,
                    "question basics-q01: no option is marked correct: true; a single question needs exactly one");
        }

        @Test
        void correctWrittenAsYes() {
            fixture.replace(BASICS_QUESTIONS, "        text: Superficial needling\n        correct: true\n",
                    "        text: Superficial needling\n        correct: yes\n");
            List<ContentProblem> problems = fixture.problems();
            assertTrue(problems.stream().anyMatch(p -> p.message().equals(
                    "question basics-q01: option 'b': 'correct' must be true or false, not 'yes'")), CurriculumFixture.list(problems));
        }

        @Test
        void multipleQuestionWithEveryOptionCorrect() {
            fixture.replace(BASICS_QUESTIONS, "        text: Eye colour\n", "        text: Eye colour\n        correct: true\n");
            fixture.replace(BASICS_QUESTIONS, "        text: None of these\n", "        text: None of these\n        correct: true\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "Which of these change") + 1,
                    "question basics-q02: every option is marked correct; a multiple question needs at least one incorrect option");
        }

        @Test
        void multipleQuestionWithNoCorrectOption() {
            fixture.replace(BASICS_QUESTIONS, "        text: BMI\n        correct: true\n", "        text: BMI\n");
            fixture.replace(BASICS_QUESTIONS, "        text: Posture\n        correct: true\n", "        text: Posture\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "Which of these change") + 1,
                    "question basics-q02: no option is marked correct: true; a multiple question needs at least one");
        }

        @Test
        void multipleQuestionWithoutScoring() {
            fixture.replace(BASICS_QUESTIONS, "    scoring: partial\n", "");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "- id: basics-q02"),
                    "question basics-q02: missing required field 'scoring'");
        }

        @Test
        void unknownScoring() {
            fixture.replace(BASICS_QUESTIONS, "scoring: partial", "scoring: partial-credit");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "partial-credit"),
                    "question basics-q02: 'scoring' must be all-or-nothing or partial, not 'partial-credit'");
        }

        @Test
        void scoringOnASingleQuestion() {
            fixture.replace(BASICS_QUESTIONS, "    type: single\n", "    type: single\n    scoring: partial\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "type: single") + 1,
                    "question basics-q01: 'scoring' is only for multiple questions");
        }

        @Test
        void trueFalseQuestionWithOptions() {
            fixture.replace(BASICS_QUESTIONS, "    answer: true\n", "    answer: true\n    options:\n      - id: a\n        text: True\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "answer: true") + 1,
                    "question basics-q03: a true-false question has no options; write answer: true or answer: false");
        }

        @Test
        void trueFalseQuestionWithoutAnswer() {
            fixture.replace(BASICS_QUESTIONS, "    answer: true\n", "");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "- id: basics-q03"),
                    "question basics-q03: missing required field 'answer'");
        }

        @Test
        void trueFalseAnswerThatIsNeither() {
            fixture.replace(BASICS_QUESTIONS, "answer: true", "answer: probably");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "answer: probably"),
                    "question basics-q03: 'answer' must be true or false, not 'probably'");
        }

        @Test
        void answerOnASingleQuestion() {
            fixture.replace(BASICS_QUESTIONS, "    type: single\n", "    type: single\n    answer: b\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "answer: b"),
                    "question basics-q01: 'answer' is only for true-false questions");
        }

        @Test
        void questionsNotAList() {
            fixture.write(BASICS_QUESTIONS, "questions:\n  id: basics-q01\n");
            List<ContentProblem> problems = fixture.problems();
            assertEquals("modules/01-basics/questions.yaml:2: 'questions' must be a list, written [a, b] or as lines starting with '- '",
                    problems.get(0).toString());
        }

        @Test
        void missingQuestionBank() {
            fixture.delete(BASICS_QUESTIONS);
            fixture.assertOnlyProblem(BASICS_QUESTIONS, 0, "is missing; every module needs a question bank");
        }
        @Test
        void criticalTextIsKeptForCriticalItems() {
            List<QuestionContent> questions = fixture.read().module("basics").orElseThrow().questions();
            assertEquals(List.of("basics-q01", "basics-q03", "basics-q04"),
                    questions.stream().filter(QuestionContent::isCritical).map(QuestionContent::id).toList());
            assertEquals("Deep needling over a slim chest can reach the pleura.", questions.get(0).critical());
            assertNull(questions.get(1).critical());
        }

        @Test
        void criticalTextOfTheLongestAllowedLength() {
            String longest = "x".repeat(QuestionBankReader.CRITICAL_LENGTH);
            fixture.replace(BASICS_QUESTIONS, "critical: Deep needling over a slim chest can reach the pleura.", "critical: " + longest);
            assertEquals(longest, fixture.read().module("basics").orElseThrow().questions().get(0).critical());
        }

        @Test
        void criticalTextTooLong() {
            // It is shown before the key, so it has to stay a short warning.
            String tooLong = "x".repeat(QuestionBankReader.CRITICAL_LENGTH + 1);
            fixture.replace(BASICS_QUESTIONS, "critical: Deep needling over a slim chest can reach the pleura.", "critical: " + tooLong);
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "critical: xxx"),
                    "question basics-q01: 'critical' is 301 characters; say in at most 300 why a wrong answer would put a patient at risk "
                            + "(it is shown before the answer key, so do not give the answer)");
        }

        @Test
        void emptyCriticalText() {
            fixture.replace(BASICS_QUESTIONS, "critical: Deep needling over a slim chest can reach the pleura.", "critical:");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "- id: basics-q01", "critical:"),
                    "question basics-q01: 'critical' is empty");
        }
    }

    /**
     * Every attempt tests each key fact in {@code key-facts} and contains a critical item, besides a
     * question per topic: the bank must offer enough of each, and a draw of the quiz's size must fit.
     */
    @Nested
    class KeyFactsAndCriticalItems {

        @Test
        void keyFactsAreReadInTheOrderWritten() {
            fixture.replace(BASICS_MODULE, "key-facts: [1]", "key-facts:\n  - 6\n  - 1");
            fixture.replace(BASICS_QUESTIONS, "tags: [depth, basics, key-fact-2]", "tags: [depth, basics, key-fact-2, key-fact-6]");
            fixture.replace(BASICS_QUESTIONS, "tags: [key-fact-1, consent]", "tags: [key-fact-1, consent, key-fact-6]");
            assertEquals(List.of(6, 1), fixture.read().module("basics").orElseThrow().keyFacts());
        }

        @Test
        void keyFactsAreRequired() {
            fixture.replace(BASICS_MODULE, "key-facts: [1]\n", "");
            fixture.assertOnlyProblem(BASICS_MODULE, 1, "missing required field 'key-facts'");
        }

        @Test
        void emptyKeyFacts() {
            fixture.replace(BASICS_MODULE, "key-facts: [1]", "key-facts: []");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "key-facts"),
                    "'key-facts' lists none; name the numbers (1 to 20) of the key safety facts this module certifies");
        }

        @Test
        void keyFactsWrittenAsOneNumber() {
            fixture.replace(BASICS_MODULE, "key-facts: [1]", "key-facts: 1");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "key-facts"),
                    "'key-facts' must be a list, written [a, b] or as lines starting with '- '");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "21", "01", "one", "key-fact-1"})
        void keyFactThatIsNotANumberFrom1To20(String written) {
            fixture.replace(BASICS_MODULE, "key-facts: [1]", "key-facts: [1, " + written + "]");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "key-facts"),
                    "key fact '" + written + "' must be a number from 1 to 20 (section 7 of the fact digest)");
        }

        @Test
        void keyFactListedTwice() {
            fixture.replace(BASICS_MODULE, "key-facts: [1]", "key-facts:\n  - 1\n  - 1");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "key-facts") + 2, "key fact 1 is listed twice");
        }

        @Test
        void declaredKeyFactTestedByTwoQuestions() {
            fixture.replace(BASICS_QUESTIONS, "tags: [key-fact-1, consent]", "tags: [consent]");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "key-facts"),
                    "key fact 1 is tested by 2 questions (tagged key-fact-1); every attempt tests it, so the bank needs at least 3 "
                            + "for variety between attempts");
        }

        @Test
        void declaredKeyFactTestedByOneQuestionIsReportedOnItsOwnLine() {
            // Key fact 6 is tagged on q03 only: enough for a question, not for a fact every attempt tests.
            fixture.replace(BASICS_MODULE, "key-facts: [1]", "key-facts:\n  - 1\n  - 6");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "  - 6"),
                    "key fact 6 is tested by 1 question (tagged key-fact-6)");
        }

        @Test
        void declaredKeyFactThatNoQuestionTests() {
            fixture.replace(BASICS_MODULE, "key-facts: [1]", "key-facts: [1, 9]");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "key-facts"),
                    "key fact 9 is tested by 0 questions (tagged key-fact-9)");
        }

        @Test
        void keyFactsTaggedButNotDeclaredNeedNoMinimum() {
            // key-fact-2 and key-fact-6 are each on one question of the fixture; only declared facts are drawn every time.
            assertEquals(List.of(1), fixture.read().module("basics").orElseThrow().keyFacts());
        }

        @Test
        void fewerThanThreeCriticalItems() {
            fixture.replace(BASICS_QUESTIONS, "    critical: Needling without consent to a material risk takes away the patient's choice.\n", "");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "id: basics"),
                    "questions.yaml has 2 critical items (critical: ...); every attempt contains one, so mark at least 3 of the items "
                            + "whose wrong answer would put a patient at risk");
        }

        @Test
        void noCriticalItemIsOneProblem() {
            // Without any, no draw can hold one either; that is not reported a second time.
            for (String text : List.of("Deep needling over a slim chest can reach the pleura.",
                    "Needling without consent to a material risk takes away the patient's choice.",
                    "Missing the signs of a pneumothorax delays the treatment the patient needs at once.")) {
                fixture.replace(BASICS_QUESTIONS, "    critical: " + text + "\n", "");
            }
            fixture.assertOnlyProblem(BASICS_MODULE, 1, "questions.yaml has 0 critical items");
        }

        @Test
        void anyThreeCriticalItemsAreCounted() {
            fixture.replace(BASICS_QUESTIONS, "    critical: Needling without consent to a material risk takes away the patient's choice.\n", "");
            fixture.replace(BASICS_QUESTIONS, "    explanation: Consent names the material risk and what to do if it happens.\n",
                    "    explanation: Consent names the material risk and what to do if it happens.\n"
                            + "    critical: A patient not told what to do if breathless may not seek help in time.\n");
            List<QuestionContent> questions = fixture.read().module("basics").orElseThrow().questions();
            assertEquals(List.of("basics-q01", "basics-q04", "basics-q05"),
                    questions.stream().filter(QuestionContent::isCritical).map(QuestionContent::id).toList());
        }

        /** Moves the standalone q04 and q05 into the case: key fact 1 is then only there, and cases are drawn whole. */
        private void putKeyFactOneOnlyInTheCase() {
            fixture.replace(BASICS_QUESTIONS, "  - id: basics-q04\n", "  - id: basics-q04\n    case: basics-case-swimmer\n");
            fixture.replace(BASICS_QUESTIONS, "  - id: basics-q05\n", "  - id: basics-q05\n    case: basics-case-swimmer\n");
        }

        @Test
        void blueprintThatDoesNotFitTheQuestionsPerAttempt() {
            putKeyFactOneOnlyInTheCase();
            // q03 for consent and a critical item, then the whole case of 4 for depth and key fact 1.
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "questions-per-attempt"),
                    "quiz: 'questions-per-attempt' is 3, but covering every topic, every key fact in 'key-facts' and a critical item "
                            + "takes 5 questions in the smallest draw found (cases count whole): raise it, or tag standalone questions "
                            + "with more of what each attempt must cover");
        }

        @Test
        void blueprintFitsOnceTheQuestionsPerAttemptAreRaised() {
            putKeyFactOneOnlyInTheCase();
            fixture.replace(BASICS_MODULE, "questions-per-attempt: 3", "questions-per-attempt: 5");
            assertEquals(5, fixture.read().module("basics").orElseThrow().quiz().questionsPerAttempt());
        }

        @Test
        void smallestDrawOfTheFixtureIsTwoStandaloneQuestions() {
            ModuleContent basics = fixture.read().module("basics").orElseThrow();
            assertEquals(2, Blueprint.smallestDrawFound(basics.questions(), basics.topics(), basics.keyFacts()));
        }
    }

    /** The CPD hours a certificate states, and what a trainee sees of an attempt. */
    @Nested
    class CpdHoursAndReview {

        private ModuleContent basics() {
            return fixture.read().module("basics").orElseThrow();
        }

        private void writeReview(String fields) {
            fixture.replace(BASICS_MODULE, "cpd-hours: 3\n", "cpd-hours: 3\nreview:\n" + fields);
        }

        @Test
        void cpdHoursAreRequired() {
            fixture.replace(BASICS_MODULE, "cpd-hours: 3\n", "");
            fixture.assertOnlyProblem(BASICS_MODULE, 1, "missing required field 'cpd-hours'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "2.3", "100.5", "101", "-1", "three"})
        void cpdHoursThatAreNotWholeOrHalfHoursUpTo100(String written) {
            fixture.replace(BASICS_MODULE, "cpd-hours: 3", "cpd-hours: " + written);
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "cpd-hours"),
                    "'cpd-hours' must be a number of hours above 0 and at most 100, whole or with a half (e.g. 3 or 2.5), not '"
                            + written + "'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2.5", "0.5", "100", "3.0"})
        void wholeAndHalfHoursAreAccepted(String written) {
            fixture.replace(BASICS_MODULE, "cpd-hours: 3", "cpd-hours: " + written);
            assertEquals(0, new BigDecimal(written).compareTo(basics().cpdHours()), () -> "read as " + basics().cpdHours());
        }

        @Test
        void cpdHoursAreRead() {
            assertEquals(new BigDecimal("3"), basics().cpdHours());
        }

        @Test
        void reviewDefaultsToWrongItemsAndTheFullReviewAfterPassOrLastAttempt() {
            assertEquals(new ReviewRules(ReviewRules.AfterFailedAttempt.WRONG_ITEMS, ReviewRules.FullReview.AFTER_PASS_OR_LAST_ATTEMPT),
                    ReviewRules.DEFAULT);
            assertEquals(ReviewRules.DEFAULT, basics().review());
        }

        @Test
        void emptyReviewMeansTheDefaults() {
            writeReview("");
            assertEquals(ReviewRules.DEFAULT, basics().review());
        }

        @ParameterizedTest
        @EnumSource(ReviewRules.AfterFailedAttempt.class)
        void everyAfterFailedAttemptValue(ReviewRules.AfterFailedAttempt value) {
            writeReview("  after-failed-attempt: " + value.fileName() + "\n");
            assertEquals(new ReviewRules(value, ReviewRules.DEFAULT.fullReview()), basics().review());
        }

        @ParameterizedTest
        @EnumSource(ReviewRules.FullReview.class)
        void everyFullReviewValue(ReviewRules.FullReview value) {
            writeReview("  full-review: " + value.fileName() + "\n");
            assertEquals(new ReviewRules(ReviewRules.DEFAULT.afterFailedAttempt(), value), basics().review());
        }

        @Test
        void bothReviewFields() {
            writeReview("  after-failed-attempt: score-only\n  full-review: after-every-attempt\n");
            assertEquals(new ReviewRules(ReviewRules.AfterFailedAttempt.SCORE_ONLY, ReviewRules.FullReview.AFTER_EVERY_ATTEMPT),
                    basics().review());
        }

        @Test
        void unknownAfterFailedAttempt() {
            writeReview("  after-failed-attempt: show-keys\n");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "after-failed-attempt"),
                    "review: 'after-failed-attempt' must be score-only, wrong-items or wrong-items-and-explanations, not 'show-keys'");
        }

        @Test
        void unknownFullReview() {
            writeReview("  full-review: never\n");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "full-review"),
                    "review: 'full-review' must be after-pass, after-pass-or-last-attempt or after-every-attempt, not 'never'");
        }

        @Test
        void misspeltReviewField() {
            writeReview("  full_review: after-pass\n");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "full_review"),
                    "review: unknown field 'full_review' (did you mean 'full-review'?)");
        }

        @Test
        void reviewWrittenAsOneValue() {
            fixture.replace(BASICS_MODULE, "cpd-hours: 3\n", "cpd-hours: 3\nreview: after-pass\n");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "review:"),
                    "'review' must be a set of 'field: value' lines");
        }
    }

    @Nested
    class References {

        /** Removes the line of {@code field} from the entry of {@code key}. */
        private void removeField(String key, String field) {
            String text = fixture.read(REFERENCES);
            int start = text.indexOf("    " + field + ":", text.indexOf("  " + key + ":"));
            assertTrue(start >= 0, "the entry " + key + " has no field " + field);
            fixture.write(REFERENCES, text.substring(0, start) + text.substring(text.indexOf('\n', start) + 1));
        }

        private int keyLine(String key) {
            return fixture.lineOf(REFERENCES, "  " + key + ":");
        }

        @ParameterizedTest
        @ValueSource(strings = {"authors", "year", "title"})
        void everySourceNeedsAuthorsYearAndTitle(String field) {
            removeField("unused-2000", field);
            // At the line of the key: that is the entry the author has to look at.
            fixture.assertOnlyProblem(REFERENCES, keyLine("unused-2000"), "reference unused-2000: missing required field '" + field + "'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"volume", "pages", "doi"})
        void anArticleNeedsVolumePagesAndDoi(String field) {
            removeField("chen-2018", field);
            fixture.assertOnlyProblem(REFERENCES, keyLine("chen-2018"), "reference chen-2018: missing required field '" + field + "'");
        }

        @Test
        void doiNoneIsAnArticleWithoutADoi() {
            fixture.replace(REFERENCES, "doi: 10.1016/j.jams.2018.08.002", "doi: none");
            Reference chen = fixture.read().references().get("chen-2018");
            assertTrue(chen.isArticle());
            assertNull(chen.doi());
        }

        @Test
        void doiWrittenAsALink() {
            fixture.replace(REFERENCES, "    doi: 10.1016", "    doi: https://doi.org/10.1016");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "doi: https://"),
                    "reference chen-2018: 'doi' must look like 10.1093/ptj/pzaf078 (without https://doi.org/), or be none "
                            + "for an article that has no DOI, not 'https://doi.org/10.1016/j.jams.2018.08.002'");
        }

        @Test
        void doiThatIsNotADoi() {
            fixture.replace(REFERENCES, "doi: 10.1016/j.jams.2018.08.002", "doi: 10.16/jams");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "doi: 10.16/jams"),
                    "reference chen-2018: 'doi' must look like 10.1093/ptj/pzaf078");
        }

        @Test
        void doiLeftEmptyInsteadOfNone() {
            fixture.replace(REFERENCES, "doi: none", "doi:");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "  chu-2018:", "doi:"), "reference chu-2018: 'doi' is empty");
        }

        @ParameterizedTest
        @CsvSource({"volume, 3(2)", "doi, 10.1000/xyz"})
        void articleFieldOnAPublishersSource(String field, String value) {
            fixture.replace(REFERENCES, "    publisher: Nobody Press\n", "    publisher: Nobody Press\n    " + field + ": " + value + "\n");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, field + ": " + value),
                    "reference unused-2000: '" + field + "' is for a journal article; write journal: for one");
        }

        @ParameterizedTest
        @CsvSource({"url, https://example.org/chen", "number, Report 7"})
        void publisherFieldOnAnArticle(String field, String value) {
            fixture.replace(REFERENCES, "    pages: 355-60\n", "    pages: 355-60\n    " + field + ": " + value + "\n");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, field + ": " + value),
                    "reference chen-2018: '" + field + "' is for a publisher's source, not a journal article");
        }

        @Test
        void bothJournalAndPublisher() {
            fixture.replace(REFERENCES, "    pages: 355-60\n", "    pages: 355-60\n    publisher: Elsevier\n");
            fixture.assertOnlyProblem(REFERENCES, keyLine("chen-2018"),
                    "reference chen-2018: has both 'journal' and 'publisher'; a journal article names its journal, anything else its publisher");
        }

        @Test
        void neitherJournalNorPublisher() {
            removeField("unused-2000", "publisher");
            fixture.assertOnlyProblem(REFERENCES, keyLine("unused-2000"), "reference unused-2000: needs 'journal' (with volume, pages "
                    + "and doi) for a journal article, or 'publisher' for a guideline, report, rule, book or web page");
        }

        @Test
        void urlThatIsNotAWebAddress() {
            fixture.replace(REFERENCES, "    publisher: Nobody Press\n", "    publisher: Nobody Press\n    url: www.example.org/report\n");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "url:"),
                    "reference unused-2000: 'url' must be a web address starting with https://, not 'www.example.org/report'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1799", "2101", "00", "2000a"})
        void yearOutsideTheRangeOrNotANumber(String year) {
            fixture.replace(REFERENCES, "year: 2000", "year: " + year);
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "year: " + year),
                    "reference unused-2000: 'year' must be a whole number from 1800 to 2100");
        }

        @Test
        void firstAndLastYearAreAccepted() {
            fixture.replace(REFERENCES, "year: 2000", "year: 1800");
            assertEquals(1800, fixture.read().references().get("unused-2000").year());
            fixture.replace(REFERENCES, "year: 1800", "year: 2100");
            assertEquals(2100, fixture.read().references().get("unused-2000").year());
        }

        @Test
        void keyThatIsNotInTheIdShape() {
            fixture.replace(REFERENCES, "unused-2000:", "Unused_2000:");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "Unused_2000"),
                    "reference key 'Unused_2000' must be lower-case letters and digits");
        }

        @Test
        void misspeltField() {
            fixture.replace(REFERENCES, "    doi: 10.1016", "    dio: 10.1016");
            // One problem, not a second one saying that the article has no doi.
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "dio:"), "reference chen-2018: unknown field 'dio' (did you mean 'doi'?)");
        }

        @Test
        void misspeltAuthors() {
            fixture.replace(REFERENCES, "    authors: Nobody A", "    autors: Nobody A");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "autors:"),
                    "reference unused-2000: unknown field 'autors' (did you mean 'authors'?)");
        }

        @Test
        void unknownFieldWithoutCloseMatchListsTheAllowedFields() {
            fixture.replace(REFERENCES, "    publisher: Nobody Press\n", "    publisher: Nobody Press\n    isbn: 978-0-00-000000-0\n");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "isbn:"), "reference unused-2000: unknown field 'isbn'; "
                    + "the fields allowed here are authors, year, title, journal, volume, pages, doi, publisher, number, url");
        }

        @Test
        void theOldCitationLineIsNoLongerAField() {
            // An entry in the old form: the author learns which field is gone and which are needed.
            fixture.replace(REFERENCES, """
                      unused-2000:
                        authors: Nobody A
                        year: 2000
                        title: A source nobody cites
                        publisher: Nobody Press
                    """, """
                      unused-2000:
                        citation: "Nobody A. A source nobody cites. 2000."
                    """);
            List<String> problems = fixture.problems().stream().map(ContentProblem::toString).toList();
            int key = keyLine("unused-2000");
            assertEquals(List.of("modules/references.yaml:" + key + ": reference unused-2000: missing required field 'authors'",
                    "modules/references.yaml:" + key + ": reference unused-2000: missing required field 'year'",
                    "modules/references.yaml:" + key + ": reference unused-2000: missing required field 'title'",
                    "modules/references.yaml:" + key + ": reference unused-2000: needs 'journal' (with volume, pages and doi) for a "
                            + "journal article, or 'publisher' for a guideline, report, rule, book or web page",
                    "modules/references.yaml:" + (key + 1) + ": reference unused-2000: unknown field 'citation'; the fields allowed "
                            + "here are authors, year, title, journal, volume, pages, doi, publisher, number, url"), problems);
        }

        @Test
        void sameKeyTwice() {
            fixture.replace(REFERENCES, "  unused-2000:", "  chu-2018:");
            fixture.assertOnlyProblem(REFERENCES, fixture.lineOf(REFERENCES, "doi: none", "  chu-2018:"),
                    "field 'chu-2018' appears twice (also on line " + fixture.lineOf(REFERENCES, "doi: 10.1016", "  chu-2018:") + ")");
        }

        @Test
        void missingReferencesFileIsOneProblemNotOnePerCitation() {
            fixture.delete(REFERENCES);
            fixture.assertOnlyProblem(REFERENCES, 0, "is missing");
        }

        @Test
        void brokenReferencesFileIsOneProblemNotOnePerCitation() {
            fixture.write(REFERENCES, "references:\n  chen-2018: [unclosed\n");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(1, problems.size(), CurriculumFixture.list(problems));
            assertTrue(problems.get(0).message().startsWith("YAML syntax error"), problems.get(0)::toString);
        }

        @Test
        void aCitedEntryWithAProblemIsOneProblemNotOnePerCitation() {
            // The lessons and questions citing chen-2018 are not reported: the entry is known, only incomplete.
            removeField("chen-2018", "title");
            fixture.assertOnlyProblem(REFERENCES, keyLine("chen-2018"), "reference chen-2018: missing required field 'title'");
        }
    }

    @Test
    void everyProblemInEveryFileIsReportedTogether() {
        fixture.replace(BASICS_MODULE, "pass-mark: 80", "pass-mark: 180");
        fixture.replace(BASICS_LESSON, "[@chen-2018]", "[@chen-2019]");
        fixture.replace("01-basics/lessons/02-consent.md", "Consent must", "<b>Consent</b> must");
        fixture.replace(BASICS_QUESTIONS, "answer: true", "answer: maybe");
        fixture.replace(ADVANCED_QUESTIONS, "tags: [consent, key-fact-6]", "tags: [consent, key-fact-60]");
        fixture.replace(ADVANCED_MODULE, "validity-months: 24", "validity-months: -1");
        fixture.replace(REFERENCES, "    title: A source nobody cites\n", "");

        CurriculumException failure = assertThrows(CurriculumException.class, fixture::read);

        List<String> expected = List.of(
                "modules/01-basics/lessons/01-depth.md:7: unknown reference [@chen-2019]; known keys are in modules/references.yaml",
                "modules/01-basics/lessons/02-consent.md:5: HTML is not allowed in lessons ('<b>'): use Markdown instead; trainees would see the HTML as text",
                "modules/01-basics/lessons/02-consent.md:5: HTML is not allowed in lessons ('</b>'): use Markdown instead; trainees would see the HTML as text",
                "modules/01-basics/module.yaml:" + fixture.lineOf(BASICS_MODULE, "pass-mark")
                        + ": quiz: 'pass-mark' must be a whole number from 1 to 100, not '180'",
                "modules/01-basics/questions.yaml:" + fixture.lineOf(BASICS_QUESTIONS, "answer: maybe")
                        + ": question basics-q03: 'answer' must be true or false, not 'maybe'",
                "modules/02-advanced/module.yaml:" + fixture.lineOf(ADVANCED_MODULE, "validity-months")
                        + ": certificate: 'validity-months' must be a whole number of at least 1, not '-1'",
                "modules/02-advanced/questions.yaml:" + fixture.lineOf(ADVANCED_QUESTIONS, "key-fact-60")
                        + ": question advanced-q03: tag 'key-fact-60' is not a key fact: N in key-fact-N goes from 1 to 20 (section 7 of the fact digest)",
                "modules/references.yaml:" + fixture.lineOf(REFERENCES, "unused-2000")
                        + ": reference unused-2000: missing required field 'title'");
        assertEquals(expected, failure.problems().stream().map(ContentProblem::toString).toList());
        assertEquals("The curriculum has 8 problems:\n" + String.join("\n", expected), failure.getMessage());
    }

    @Test
    void missingModulesFolder() {
        CurriculumException failure = assertThrows(CurriculumException.class,
                () -> CurriculumReader.read(tempDir.resolve("nowhere")));
        assertEquals("nowhere: the curriculum folder does not exist", failure.problems().get(0).toString());
    }
}
