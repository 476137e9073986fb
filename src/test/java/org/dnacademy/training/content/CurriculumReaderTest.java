package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a valid curriculum turns into: the records the storage, quiz and pages build on. */
class CurriculumReaderTest {

    @TempDir
    Path tempDir;

    @Test
    void modulesComeInProgrammeOrderNotFolderOrder() {
        CurriculumFixture fixture = CurriculumFixture.valid(tempDir);
        fixture.replace("01-basics/module.yaml", "order: 1", "order: 7");
        fixture.replace("01-basics/module.yaml", "prerequisites: []", "prerequisites: [advanced]");
        fixture.replace("02-advanced/module.yaml", "prerequisites: [basics]", "prerequisites: []");
        Curriculum curriculum = fixture.read();
        assertEquals(List.of("advanced", "basics"), curriculum.modules().stream().map(ModuleContent::id).toList());
        assertEquals(List.of("advanced"), curriculum.module("basics").orElseThrow().prerequisites());
    }

    @Test
    void moduleFileIsReadIntoRules() {
        ModuleContent basics = CurriculumFixture.valid(tempDir).read().module("basics").orElseThrow();
        assertEquals("01-basics", basics.folder());
        assertEquals("Module basics", basics.title());
        assertEquals("What the module covers and why it matters.", basics.summary());
        assertEquals(List.of("depth", "consent"), basics.topics());
        assertEquals(new QuizRules(80, 3, 30, 3, 60, false), basics.quiz());
        assertEquals(new CertificateRules(24, true), basics.certificate());
        assertEquals(List.of(1), basics.keyFacts());
        assertEquals(new BigDecimal("3"), basics.cpdHours());
        assertEquals(ReviewRules.DEFAULT, basics.review());
        assertTrue(basics.images().isEmpty());
    }

    @Test
    void lessonsAreInFileNameOrderWithTheirCitedReferences() {
        Curriculum curriculum = CurriculumFixture.valid(tempDir).read();
        List<LessonContent> lessons = curriculum.module("basics").orElseThrow().lessons();
        assertEquals(List.of("01-depth", "02-consent"), lessons.stream().map(LessonContent::slug).toList());
        assertEquals(List.of(1, 2), lessons.stream().map(LessonContent::position).toList());
        assertEquals("Depth to the pleura", lessons.get(0).title());
        assertEquals("Consent: what to say", lessons.get(1).title());
        assertEquals(List.of(curriculum.references().get("chen-2018"), curriculum.references().get("chu-2018")),
                lessons.get(0).references());
        assertEquals("10.1016/j.jams.2018.08.002", lessons.get(0).references().get(0).doi());
        assertNull(lessons.get(0).references().get(1).doi());
        assertTrue(lessons.get(0).html().startsWith("<h2>How deep is the pleura?</h2>"), lessons.get(0).html());
    }

    @Test
    void casesAndQuestionsAreRead() {
        ModuleContent basics = CurriculumFixture.valid(tempDir).read().module("basics").orElseThrow();
        assertEquals(List.of(new CaseContent("basics-case-swimmer", "A slim swimmer",
                "A 22-year-old swimmer with a BMI of 17.5 has neck pain.")), basics.cases());

        QuestionContent single = basics.questions().get(0);
        assertEquals("basics-q01", single.id());
        assertEquals(QuestionType.SINGLE, single.type());
        assertEquals(ScoringRule.ONE_CORRECT, single.scoring());
        assertEquals("basics-case-swimmer", single.caseId());
        assertEquals("Which approach is most appropriate?", single.stem());
        assertEquals(List.of(new OptionContent("a", "Deep needling stopped at 12 mm", false, "A depth limit gives false reassurance.", false),
                new OptionContent("b", "Superficial needling", true, null, false)), single.options());
        assertEquals("depth", single.topic());
        assertEquals(Set.of(1), single.keyFacts());
        assertTrue(single.isCritical());
        assertEquals("Deep needling over a slim chest can reach the pleura.", single.critical());

        QuestionContent multiple = basics.questions().get(1);
        assertEquals(ScoringRule.PARTIAL, multiple.scoring());
        assertEquals(Set.of("a", "b"), multiple.correctOptionIds());
        assertTrue(multiple.options().get(3).fixed());
        assertEquals(List.of("chen-2018", "chu-2018"), multiple.references());
        assertEquals(List.of("depth", "basics", "key-fact-2"), multiple.tags());
        assertFalse(multiple.isCritical());
        assertNull(multiple.critical());

        QuestionContent allOrNothing = basics.questions().get(3);
        assertEquals("basics-q04", allOrNothing.id());
        assertEquals(ScoringRule.ALL_OR_NOTHING, allOrNothing.scoring());
        assertNull(allOrNothing.caseId());
        assertEquals(List.of("key-fact-1", "depth"), allOrNothing.tags());
        assertEquals(5, basics.questions().size());
    }

    @Test
    void trueFalseQuestionGetsTwoFixedOptions() {
        CurriculumFixture fixture = CurriculumFixture.valid(tempDir);
        fixture.replace("01-basics/questions.yaml", "    answer: true\n",
                "    answer: false\n    feedback: Pneumothorax is a material risk of thoracic needling.\n");
        QuestionContent trueFalse = fixture.read().module("basics").orElseThrow().questions().get(2);
        assertEquals(QuestionType.TRUE_FALSE, trueFalse.type());
        assertNull(trueFalse.caseId());
        assertEquals(ScoringRule.ONE_CORRECT, trueFalse.scoring());
        String feedback = "Pneumothorax is a material risk of thoracic needling.";
        assertEquals(List.of(new OptionContent("true", "True", false, feedback, true),
                new OptionContent("false", "False", true, feedback, true)), trueFalse.options());
        assertEquals(1.0, trueFalse.score(Set.of("false")));
        assertEquals(Set.of(6), trueFalse.keyFacts());
    }

    @Test
    void referencesKeepTheirFileOrder() {
        Curriculum curriculum = CurriculumFixture.valid(tempDir).read();
        assertEquals(List.of("chen-2018", "chu-2018", "unused-2000"), List.copyOf(curriculum.references().keySet()));
    }

    @Test
    void articleIsReadIntoItsFields() {
        Reference chen = CurriculumFixture.valid(tempDir).read().references().get("chen-2018");
        assertEquals(Reference.article("chen-2018", "Chen YH, Wu CH, Lin CY", 2018, "Depth to the pleura in slim adults",
                "J Acupunct Meridian Stud", "11(6)", "355-60", "10.1016/j.jams.2018.08.002"), chen);
        assertTrue(chen.isArticle());
        assertNull(chen.publisher());
    }

    @Test
    void articleWithDoiNoneHasNoDoi() {
        Reference chu = CurriculumFixture.valid(tempDir).read().references().get("chu-2018");
        assertTrue(chu.isArticle());
        assertNull(chu.doi());
        // Quoted in the file, so that YAML keeps them as written.
        assertEquals("2018", chu.volume());
        assertEquals("4157405", chu.pages());
    }

    @Test
    void publishersSourceIsReadIntoItsFields() {
        Reference unused = CurriculumFixture.valid(tempDir).read().references().get("unused-2000");
        assertEquals(Reference.published("unused-2000", "Nobody A", 2000, "A source nobody cites", "Nobody Press", null, null, null),
                unused);
        assertFalse(unused.isArticle());
    }

    @Test
    void articleCitationIsVancouverStyle() {
        Curriculum curriculum = CurriculumFixture.valid(tempDir).read();
        assertEquals("Chen YH, Wu CH, Lin CY. Depth to the pleura in slim adults. J Acupunct Meridian Stud. 2018;11(6):355-60.",
                curriculum.references().get("chen-2018").citation());
        // "et al." already ends the authors with a full stop: it gets no second one.
        assertEquals("Chu HR, et al. Pneumothorax after acupuncture, a review. Evid Based Complement Alternat Med. 2018;2018:4157405.",
                curriculum.references().get("chu-2018").citation());
    }

    @Test
    void publisherCitationWithNumberPagesAndAddress() {
        CurriculumFixture fixture = CurriculumFixture.valid(tempDir);
        fixture.replace("references.yaml", "    publisher: Nobody Press\n", "    publisher: Nobody Press\n    number: Report 7\n"
                + "    pages: 12 p\n    url: https://example.org/report-7\n");
        Reference unused = fixture.read().references().get("unused-2000");
        assertEquals("Nobody A. A source nobody cites. Report 7. Nobody Press; 2000. 12 p. Available from: https://example.org/report-7",
                unused.citation());
        assertNull(unused.doi());
    }

    @Test
    void publisherCitationWithoutOptionalFields() {
        assertEquals("Nobody A. A source nobody cites. Nobody Press; 2000.",
                CurriculumFixture.valid(tempDir).read().references().get("unused-2000").citation());
    }

    @Test
    void titleEndingInAQuestionMarkGetsNoFullStop() {
        Reference question = Reference.published("k-2020", "Lee A", 2020, "Is dry needling safe?", "BMJ Publishing", null, null, null);
        assertEquals("Lee A. Is dry needling safe? BMJ Publishing; 2020.", question.citation());
    }
}
