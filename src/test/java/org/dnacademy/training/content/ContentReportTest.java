package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures a content reviewer reads before trusting a bank, on banks small enough to count by
 * hand: a wrong figure would hide exactly the cue (the longest option is the key) it is there to show.
 */
class ContentReportTest {

    @TempDir
    Path tempDir;

    /**
     * Six items of module {@code report}: four single-answer items (the key is the longest option in
     * s1 only), a multiple item and a true-false item; s4 and m1 form a case; s1, m1 and t1 are
     * critical. Absolute words: one key ("Always ...") and three distractors ("Only", "Never",
     * "None"); "Recall" holds "all" only inside a word.
     */
    private static ModuleContent reportModule() {
        return module("report", List.of("depth", "consent", "needles"), List.of(1, 6), List.of(
                single("s1", "depth", null, "Deep needling over a slim chest can reach the pleura.", Set.of(1),
                        "Superficial needling over the lung", "Deep needling", "No needling"),
                single("s2", "depth", null, null, Set.of(), "Stop", "Recall the patient"),
                single("s3", "consent", null, null, Set.of(), "Yes", "Only if asked"),
                single("s4", "consent", "c1", null, Set.of(6), "Refer to the GP", "Needle as planned", "Never needle again"),
                question("m1", QuestionType.MULTIPLE, ScoringRule.PARTIAL, "depth", "c1", "Missing a risk factor harms.", Set.of(1, 6),
                        List.of(option("a", "Always check the depth", true), option("b", "BMI", true),
                                option("c", "Eye colour", false), option("d", "None of these", false))),
                question("t1", QuestionType.TRUE_FALSE, ScoringRule.ONE_CORRECT, "depth", null, "A wrong answer endangers.", Set.of(6),
                        List.of(option("true", "True", true), option("false", "False", false)))));
    }

    @Test
    void figuresOfASmallBank() {
        ContentReport.ModuleFigures figures = ContentReport.figures(reportModule());
        assertEquals("report", figures.moduleId());
        assertEquals(6, figures.questions());
        assertEquals(2, figures.inCases());
        assertEquals(3, figures.critical());
        assertEquals(4, figures.singleAnswer());
        assertEquals(1, figures.keyLongest());
        assertEquals(0.25, figures.longestKeyShare());
        // A true-false item has no written options: it counts for topics and key facts only.
        assertEquals(6, figures.keys());
        assertEquals(1, figures.keysWithAbsolutes());
        assertEquals(8, figures.distractors());
        assertEquals(3, figures.distractorsWithAbsolutes());
        // Every declared topic is listed, also one without items, so a gap shows.
        assertEquals(Map.of("consent", 2, "depth", 4, "needles", 0), figures.perTopic());
        assertEquals(Map.of(1, 2, 6, 3), figures.perKeyFact());
        assertEquals(List.of(1, 6), figures.keyFactsCertified());
    }

    @Test
    void reportTextOfOneModule() {
        Curriculum curriculum = new Curriculum(List.of(reportModule()), Map.of());
        assertEquals(String.join("\n",
                "Content report (longest-key target: at most 30% per module)",
                "report: 6 questions, 2 in cases, 3 critical",
                "  key is the (equal) longest option in 1 of 4 single-answer items (25%)",
                "  absolute words in 1 of 6 keys (17%), 3 of 8 distractors (38%)",
                "  items per topic: consent 2, depth 4, needles 0",
                "  items per key fact: 1: 2, 6: 3; certified: [1, 6]",
                "all modules: key is the longest option in 1 of 4 single-answer items (25%)"), ContentReport.text(curriculum));
    }

    @Test
    void keyAsLongAsTheLongestDistractorCountsAsLongest() {
        // A trainee who picks the longest option is not put off by a tie.
        ModuleContent tie = module("tie", List.of("depth"), List.of(), List.of(
                single("t-s1", "depth", null, null, Set.of(), "Stop now", "Go ahead", "Wait")));
        assertEquals(1, ContentReport.figures(tie).keyLongest());
    }

    @Test
    void shareAboveTheTargetIsMarked() {
        ModuleContent cued = module("cued", List.of("depth"), List.of(), List.of(
                single("c-s1", "depth", null, null, Set.of(), "Superficial needling", "Deep"),
                single("c-s2", "depth", null, null, Set.of(), "No", "Superficial needling")));
        assertEquals(0.5, ContentReport.figures(cued).longestKeyShare());
        assertTrue(ContentReport.text(new Curriculum(List.of(cued), Map.of()))
                .contains("  key is the (equal) longest option in 1 of 2 single-answer items (50%)  ABOVE TARGET"));
    }

    @Test
    void shareExactlyAtTheTargetIsNotMarked() {
        List<QuestionContent> bank = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            bank.add(i <= 3
                    ? single("at-s" + i, "depth", null, null, Set.of(), "Superficial needling", "Deep")
                    : single("at-s" + i, "depth", null, null, Set.of(), "No", "Superficial needling"));
        }
        ModuleContent atTarget = module("at-target", List.of("depth"), List.of(), bank);
        assertEquals(ContentReport.LONGEST_KEY_TARGET, ContentReport.figures(atTarget).longestKeyShare(), 1e-12);
        assertFalse(ContentReport.text(new Curriculum(List.of(atTarget), Map.of())).contains("ABOVE TARGET"));
    }

    @Test
    void bankWithoutSingleAnswerItemsHasAShareOfNothing() {
        ModuleContent trueFalseOnly = module("tf", List.of("depth"), List.of(), List.of(
                question("tf-1", QuestionType.TRUE_FALSE, ScoringRule.ONE_CORRECT, "depth", null, null, Set.of(),
                        List.of(option("true", "True", true), option("false", "False", false)))));
        ContentReport.ModuleFigures figures = ContentReport.figures(trueFalseOnly);
        assertEquals(0, figures.singleAnswer());
        assertEquals(0.0, figures.longestKeyShare());
        assertTrue(ContentReport.text(new Curriculum(List.of(trueFalseOnly), Map.of()))
                .contains("  key is the (equal) longest option in 0 of 0 single-answer items (0%)"));
    }

    @Test
    void lastLineAddsUpEveryModule() {
        ModuleContent cued = module("cued", List.of("depth"), List.of(), List.of(
                single("c-s1", "depth", null, null, Set.of(), "Superficial needling", "Deep"),
                single("c-s2", "depth", null, null, Set.of(), "No", "Superficial needling")));
        String text = ContentReport.text(new Curriculum(List.of(reportModule(), cued), Map.of()));
        assertTrue(text.endsWith("\nall modules: key is the longest option in 2 of 6 single-answer items (33%)"), text);
        assertEquals(List.of("report", "cued"), ContentReport.figures(new Curriculum(List.of(reportModule(), cued), Map.of()))
                .stream().map(ContentReport.ModuleFigures::moduleId).toList());
    }

    @Test
    void figuresOfTheFixtureAsRead() {
        // The same figures straight from questions.yaml: five items, q01 the only single-answer one.
        ContentReport.ModuleFigures basics = ContentReport.figures(CurriculumFixture.valid(tempDir).read()).get(0);
        assertEquals("basics", basics.moduleId());
        assertEquals(5, basics.questions());
        assertEquals(2, basics.inCases());
        assertEquals(3, basics.critical());
        assertEquals(1, basics.singleAnswer());
        assertEquals(0, basics.keyLongest());
        assertEquals(7, basics.keys());
        assertEquals(0, basics.keysWithAbsolutes());
        assertEquals(5, basics.distractors());
        assertEquals(1, basics.distractorsWithAbsolutes()); // "None of these"
        assertEquals(Map.of("consent", 2, "depth", 3), basics.perTopic());
        assertEquals(Map.of(1, 3, 2, 1, 6, 1), basics.perKeyFact());
        assertEquals(List.of(1), basics.keyFactsCertified());
    }

    /** A single-answer item whose first option is the key. */
    private static QuestionContent single(String id, String topic, String caseId, String critical, Set<Integer> keyFacts,
            String key, String... distractors) {
        List<OptionContent> options = new ArrayList<>(List.of(option("a", key, true)));
        char next = 'b';
        for (String distractor : Arrays.asList(distractors)) {
            options.add(option(String.valueOf(next++), distractor, false));
        }
        return question(id, QuestionType.SINGLE, ScoringRule.ONE_CORRECT, topic, caseId, critical, keyFacts, options);
    }

    private static QuestionContent question(String id, QuestionType type, ScoringRule scoring, String topic, String caseId,
            String critical, Set<Integer> keyFacts, List<OptionContent> options) {
        List<String> tags = new ArrayList<>(List.of(topic));
        keyFacts.stream().sorted().forEach(fact -> tags.add("key-fact-" + fact));
        return new QuestionContent(id, type, caseId, type == QuestionType.TRUE_FALSE ? "A statement." : "Which is right?", options,
                scoring, "Because.", List.of("chen-2018"), tags, topic, keyFacts, critical);
    }

    private static OptionContent option(String id, String text, boolean correct) {
        return new OptionContent(id, text, correct, null, false);
    }

    private static ModuleContent module(String id, List<String> topics, List<Integer> keyFacts, List<QuestionContent> questions) {
        List<CaseContent> cases = questions.stream().map(QuestionContent::caseId).filter(caseId -> caseId != null).distinct()
                .map(caseId -> new CaseContent(caseId, "A case", "A vignette.")).toList();
        return new ModuleContent(id, "01-" + id, "Module " + id, "A summary.", 1, List.of(), topics, keyFacts, BigDecimal.ONE,
                new QuizRules(80, topics.size(), null, 3, 0, false), ReviewRules.DEFAULT, new CertificateRules(24, true), List.of(),
                cases, questions, Map.of(), "version");
    }
}
