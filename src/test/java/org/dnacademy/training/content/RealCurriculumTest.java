package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curriculum in {@code modules/} must be valid and must meet the programme's policy, so that a
 * broken or thinned-out curriculum fails the build before it reaches trainees. Surefire runs in
 * the Maven base folder, so {@code modules} is the real curriculum.
 */
class RealCurriculumTest {

    private static final int MIN_MODULES = 6;
    private static final int MIN_LESSONS_PER_MODULE = 4;
    private static final int MIN_QUESTIONS_PER_MODULE = 25;
    private static final int MIN_QUESTIONS_PER_KEY_FACT = 2;
    private static final int KEY_FACTS = 20;
    private static final int MIN_SKILLS = 5;
    private static final int MIN_REQUIRED_SKILLS = 4;
    private static final int MIN_CRITICAL_ITEMS = 3;

    private static Curriculum curriculum;

    @BeforeAll
    static void readTheRealCurriculum() {
        try {
            curriculum = CurriculumReader.read(Path.of("modules"));
        } catch (CurriculumException e) {
            fail("modules/ has problems; fix them (modules/README.md explains every rule):\n" + e.getMessage());
        }
        printFigures();
    }

    @Test
    void hasEnoughModules() {
        assertTrue(curriculum.modules().size() >= MIN_MODULES, "the programme needs at least " + MIN_MODULES
                + " modules but has " + curriculum.modules().size());
    }

    @Test
    void everyModuleHasEnoughLessonsAndQuestions() {
        List<String> missing = new ArrayList<>();
        for (ModuleContent module : curriculum.modules()) {
            if (module.lessons().size() < MIN_LESSONS_PER_MODULE) {
                missing.add(module.id() + " has " + module.lessons().size() + " lessons; it needs at least " + MIN_LESSONS_PER_MODULE);
            }
            if (module.questions().size() < MIN_QUESTIONS_PER_MODULE) {
                missing.add(module.id() + " has " + module.questions().size() + " questions; it needs at least " + MIN_QUESTIONS_PER_MODULE);
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void atLeastAThirdOfEachModulesQuestionsAreInCaseScenarios() {
        List<String> missing = new ArrayList<>();
        for (ModuleContent module : curriculum.modules()) {
            long inCases = caseQuestions(module);
            int total = module.questions().size();
            if (inCases * 3 < total) {
                long needed = (total + 2) / 3;
                missing.add(module.id() + " has " + inCases + " of " + total + " questions in cases; it needs at least "
                        + needed + " (add " + (needed - inCases) + " more case questions)");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void everyKeySafetyFactIsTestedByAtLeastTwoQuestions() {
        Map<Integer, List<String>> questionsByFact = questionsByKeyFact();
        List<String> missing = new ArrayList<>();
        questionsByFact.forEach((fact, questions) -> {
            if (questions.size() < MIN_QUESTIONS_PER_KEY_FACT) {
                missing.add("key-fact-" + fact + " is tested by " + questions.size() + " question(s)" + (questions.isEmpty() ? "" : " " + questions)
                        + "; it needs at least " + MIN_QUESTIONS_PER_KEY_FACT);
            }
        });
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void techniqueComesAfterSafetyAndContraindications() {
        Set<String> before = allPrerequisites("technique");
        List<String> missing = new ArrayList<>();
        for (String required : List.of("safety", "contraindications")) {
            if (!before.contains(required)) {
                missing.add("technique must require " + required + " (directly or through another module); it requires " + before);
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void practicalSkillsFileIsThereWithEnoughSkills() {
        assertTrue(Files.isRegularFile(Path.of("modules", "practical-skills.yaml")),
                "modules/practical-skills.yaml is missing; the programme's supervised skills are listed there");
        assertTrue(curriculum.skills().size() >= MIN_SKILLS, "the programme needs at least " + MIN_SKILLS
                + " practical skills but has " + curriculum.skills().size());
        assertNotEquals(Curriculum.NO_SKILLS_VERSION, curriculum.skillsVersion());
    }

    @Test
    void everyPracticalSkillBelongsToAModuleOfTheProgramme() {
        List<String> orphans = curriculum.skills().stream()
                .filter(skill -> curriculum.module(skill.moduleId()).isEmpty())
                .map(skill -> skill.id() + " names module " + skill.moduleId() + ", which does not exist").toList();
        assertTrue(orphans.isEmpty(), String.join("\n", orphans));
    }

    @Test
    void enoughPracticalSkillsCountTowardTheCertificate() {
        long required = curriculum.skills().stream().filter(PracticalSkill::required).count();
        assertTrue(required >= MIN_REQUIRED_SKILLS, "at least " + MIN_REQUIRED_SKILLS
                + " practical skills must have required: true, but " + required + " do");
    }

    @Test
    void everyPracticalSkillHasStepsAndSources() {
        List<String> thin = curriculum.skills().stream()
                .filter(skill -> skill.steps().isEmpty() || skill.references().isEmpty())
                .map(skill -> skill.id() + " needs steps and references").toList();
        assertTrue(thin.isEmpty(), String.join("\n", thin));
    }

    @Test
    void theRequirementProfilesAreReadInFileNameOrder() {
        assertEquals(List.of("alberta-pt", "florida-pt", "south-dakota-pt", "utah-pt"),
                curriculum.profiles().stream().map(RequirementProfile::id).toList());
    }

    /** What a stored definition gives when read again must be exactly what the folder gave. */
    @Test
    void eachRealProfileParsedFromItsTextEqualsTheOneRead() throws IOException, NoSuchAlgorithmException {
        Set<String> moduleIds = curriculum.modules().stream().map(ModuleContent::id).collect(Collectors.toSet());
        Set<String> skillIds = curriculum.skills().stream().map(PracticalSkill::id).collect(Collectors.toSet());
        for (RequirementProfile profile : curriculum.profiles()) {
            Path file = Path.of("modules", "requirements", profile.id() + ".yaml");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(profile, RequirementsReader.parse(profile.id() + ".yaml", text, moduleIds, skillIds), file.toString());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8))), profile.version(), file.toString());
        }
    }

    /** Trainees read what a profile leaves to them as one list, worded the same way in every profile. */
    @Test
    void everyRealProfileSaysWhatThePlatformDoesNotCheck() {
        List<String> thin = new ArrayList<>();
        for (RequirementProfile profile : curriculum.profiles()) {
            if (!profile.notChecked().startsWith("The platform does not check")) {
                thin.add(profile.id() + ": not-checked should start 'The platform does not check', so trainees read it as a list");
            }
        }
        assertTrue(thin.isEmpty(), String.join("\n", thin));
    }

    /**
     * Prints the content report for the reviewer and holds each module to the two figures the
     * programme commits to: the key is rarely the giveaway longest option, and there are enough
     * critical items for attempts to differ. The other figures are for judgement, so only printed.
     */
    @Test
    void contentReportMeetsTheLongestKeyTargetAndHasCriticalItems() {
        System.out.println(ContentReport.text(curriculum));
        List<String> missing = new ArrayList<>();
        for (ContentReport.ModuleFigures module : ContentReport.figures(curriculum)) {
            if (module.longestKeyShare() > ContentReport.LONGEST_KEY_TARGET + 1e-9) {
                missing.add(String.format(Locale.ROOT, "%s: the key is the (equal) longest option in %d of %d single-answer items "
                        + "(%.0f%%); keep it at most %.0f%%", module.moduleId(), module.keyLongest(), module.singleAnswer(),
                        module.longestKeyShare() * 100, ContentReport.LONGEST_KEY_TARGET * 100));
            }
            if (module.critical() < MIN_CRITICAL_ITEMS) {
                missing.add(module.moduleId() + " has " + module.critical() + " critical items; it needs at least " + MIN_CRITICAL_ITEMS);
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private static Set<String> allPrerequisites(String moduleId) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(moduleId));
        while (!toVisit.isEmpty()) {
            ModuleContent module = curriculum.module(toVisit.pop())
                    .orElseThrow(() -> new AssertionError("the curriculum has no module " + moduleId));
            for (String prerequisite : module.prerequisites()) {
                if (found.add(prerequisite)) {
                    toVisit.push(prerequisite);
                }
            }
        }
        return found;
    }

    private static long caseQuestions(ModuleContent module) {
        return module.questions().stream().filter(question -> question.caseId() != null).count();
    }

    private static Map<Integer, List<String>> questionsByKeyFact() {
        Map<Integer, List<String>> byFact = new TreeMap<>();
        for (int fact = 1; fact <= KEY_FACTS; fact++) {
            byFact.put(fact, new ArrayList<>());
        }
        for (ModuleContent module : curriculum.modules()) {
            for (QuestionContent question : module.questions()) {
                question.keyFacts().forEach(fact -> byFact.get(fact).add(question.id()));
            }
        }
        return byFact;
    }

    /** The figures a content reviewer asks for, in the test output. */
    private static void printFigures() {
        StringBuilder figures = new StringBuilder("Curriculum in modules/:\n");
        for (ModuleContent module : curriculum.modules()) {
            figures.append(String.format("  %d %-20s %d lessons, %d questions, %d in %d cases%n", module.order(), module.id(),
                    module.lessons().size(), module.questions().size(), caseQuestions(module), module.cases().size()));
        }
        figures.append("  questions per key fact:");
        questionsByKeyFact().forEach((fact, questions) -> figures.append(' ').append(fact).append('=').append(questions.size()));
        figures.append(String.format("%n  practical skills: %d (%d required)", curriculum.skills().size(),
                curriculum.skills().stream().filter(PracticalSkill::required).count()));
        figures.append(String.format("%n  requirement profiles: %s", curriculum.profiles().stream().map(RequirementProfile::id).toList()));
        System.out.println(figures);
    }
}
