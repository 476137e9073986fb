package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            assertEquals("modules/01-basics/module.yaml:11: quiz: unknown field 'pass_mark' (did you mean 'pass-mark'?)",
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
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "questions-per-attempt"),
                    "'questions-per-attempt' is 1 but the module has 2 topics");
        }

        @Test
        void moreQuestionsPerAttemptThanTheBankHolds() {
            fixture.replace(BASICS_MODULE, "questions-per-attempt: 3", "questions-per-attempt: 12");
            fixture.assertOnlyProblem(BASICS_MODULE, fixture.lineOf(BASICS_MODULE, "questions-per-attempt"),
                    "quiz: 'questions-per-attempt' is 12 but questions.yaml has only 3 questions");
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
            fixture.replace(BASICS_QUESTIONS, "      - id: c\n        text: Eye colour\n", "      - id: c\n");
            fixture.assertOnlyProblem(BASICS_QUESTIONS, fixture.lineOf(BASICS_QUESTIONS, "id: c"),
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
    }

    @Nested
    class References {

        @Test
        void entryWithoutCitation() {
            fixture.replace("references.yaml", "    citation: \"A source nobody cites.\"", "    doi: 10.1000/xyz");
            // At the line of the key: that is the entry the author has to look at.
            fixture.assertOnlyProblem("references.yaml", fixture.lineOf("references.yaml", "unused-2000"),
                    "reference unused-2000: missing required field 'citation'");
        }

        @Test
        void keyThatIsNotInTheIdShape() {
            fixture.replace("references.yaml", "unused-2000:", "Unused_2000:");
            fixture.assertOnlyProblem("references.yaml", fixture.lineOf("references.yaml", "Unused_2000"),
                    "reference key 'Unused_2000' must be lower-case letters and digits");
        }

        @Test
        void misspeltField() {
            fixture.replace("references.yaml", "    doi: 10.1016", "    dio: 10.1016");
            fixture.assertOnlyProblem("references.yaml", 4, "reference chen-2018: unknown field 'dio' (did you mean 'doi'?)");
        }

        @Test
        void doiWrittenAsALink() {
            fixture.replace("references.yaml", "    doi: 10.1016", "    doi: https://doi.org/10.1016");
            fixture.assertOnlyProblem("references.yaml", 4, "reference chen-2018: 'doi' must look like 10.1093/ptj/pzaf078");
        }

        @Test
        void sameKeyTwice() {
            fixture.replace("references.yaml", "  unused-2000:", "  chu-2018:");
            fixture.assertOnlyProblem("references.yaml", fixture.lineOf("references.yaml", "A source nobody cites") - 1,
                    "field 'chu-2018' appears twice (also on line 5)");
        }

        @Test
        void missingReferencesFileIsOneProblemNotOnePerCitation() {
            fixture.delete("references.yaml");
            fixture.assertOnlyProblem("references.yaml", 0, "is missing");
        }

        @Test
        void brokenReferencesFileIsOneProblemNotOnePerCitation() {
            fixture.write("references.yaml", "references:\n  chen-2018: [unclosed\n");
            List<ContentProblem> problems = fixture.problems();
            assertEquals(1, problems.size(), CurriculumFixture.list(problems));
            assertTrue(problems.get(0).message().startsWith("YAML syntax error"), problems.get(0)::toString);
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
        fixture.replace("references.yaml", "    citation: \"A source nobody cites.\"\n", "");

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
                "modules/references.yaml:" + fixture.lineOf("references.yaml", "unused-2000")
                        + ": reference unused-2000: missing required field 'citation'");
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
