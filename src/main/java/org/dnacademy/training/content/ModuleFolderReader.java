package org.dnacademy.training.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads and checks one module folder, as far as it can be checked without the other modules. */
final class ModuleFolderReader {

    private static final Set<String> MODULE_ENTRIES = Set.of("module.yaml", "questions.yaml", "lessons", "images");

    /** One module folder as read; the curriculum-wide checks and the final records use it. */
    record ModuleDraft(Path folder, ModuleDescriptor descriptor, List<LessonContent> lessons,
            QuestionBankReader.QuestionBank bank, Map<String, byte[]> images, String version) {
    }

    private final Problems problems;
    private final ReferenceBook references;
    private final String referencesFile;

    ModuleFolderReader(Problems problems, ReferenceBook references, String referencesFile) {
        this.problems = problems;
        this.references = references;
        this.referencesFile = referencesFile;
    }

    ModuleDraft read(Path folder) {
        checkOnlyModuleEntries(folder);
        ModuleDescriptor descriptor = ModuleDescriptor.read(folder.resolve("module.yaml"), problems);
        Map<String, byte[]> images = ModuleImages.read(folder.resolve("images"), problems);
        LessonReader lessonReader = new LessonReader(problems, references, referencesFile,
                descriptor.id() == null ? folder.getFileName().toString() : descriptor.id(), images.keySet(),
                slashed(problems.relative(folder.resolve("images"))) + "/");
        Set<String> citedKeys = new LinkedHashSet<>();
        List<LessonContent> lessons = new ArrayList<>();
        List<Path> lessonFiles = lessonFiles(folder.resolve("lessons"));
        for (int i = 0; i < lessonFiles.size(); i++) {
            LessonReader.Result lesson = lessonReader.read(lessonFiles.get(i), i + 1);
            lesson.lesson().ifPresent(lessons::add);
            citedKeys.addAll(lesson.citedKeys());
        }
        List<String> topics = descriptor.topics() == null ? null
                : descriptor.topics().stream().map(YamlMapping.Item::value).toList();
        QuestionBankReader.QuestionBank bank = new QuestionBankReader(problems, references, referencesFile)
                .read(folder.resolve("questions.yaml"), descriptor.id(), topics);
        citedKeys.addAll(bank.citedKeys());
        checkQuizFitsBank(descriptor, bank);
        checkEveryTopicHasQuestions(descriptor, bank);
        checkKeyFactsAndCriticalItems(descriptor, bank);
        return new ModuleDraft(folder, descriptor, lessons, bank, images, version(folder, citedKeys));
    }

    private void checkOnlyModuleEntries(Path folder) {
        for (Path entry : list(folder)) {
            String name = entry.getFileName().toString();
            if (!name.startsWith(".") && !MODULE_ENTRIES.contains(name)) {
                problems.add(entry, 0, "does not belong in a module folder, which holds only module.yaml, "
                        + "questions.yaml, lessons/ and images/ (check the spelling)");
            }
        }
    }

    private List<Path> lessonFiles(Path lessonsFolder) {
        List<Path> lessons = new ArrayList<>();
        for (Path entry : list(lessonsFolder)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isRegularFile(entry) && name.endsWith(".md")) {
                lessons.add(entry);
            } else {
                problems.add(entry, 0, "lessons/ may hold only lessons, each a Markdown file ending in .md");
            }
        }
        if (lessons.isEmpty()) {
            problems.add(lessonsFolder, 0, "a module needs at least one lesson, e.g. lessons/01-introduction.md");
        }
        return lessons;
    }

    private void checkQuizFitsBank(ModuleDescriptor descriptor, QuestionBankReader.QuestionBank bank) {
        if (descriptor.quiz() != null && bank.readable() && descriptor.quiz().questionsPerAttempt() > bank.questionCount()) {
            problems.add(descriptor.file(), descriptor.questionsPerAttemptLine(), "quiz: 'questions-per-attempt' is "
                    + descriptor.quiz().questionsPerAttempt() + " but questions.yaml has only " + bank.questionCount()
                    + " questions");
        }
    }

    private void checkEveryTopicHasQuestions(ModuleDescriptor descriptor, QuestionBankReader.QuestionBank bank) {
        if (descriptor.topics() == null || !bank.everyTopicKnown()) {
            return;
        }
        for (YamlMapping.Item topic : descriptor.topics()) {
            if (!bank.topicsUsed().contains(topic.value())) {
                problems.in(descriptor.file()).problem(topic.node(), "topic '" + topic.value()
                        + "' has no questions; every attempt draws one from each topic, so tag at least one question with it");
            }
        }
    }

    /** Each attempt draws at least one item per key fact, so each needs a few to choose from. */
    static final int ITEMS_PER_KEY_FACT = 3;

    /** Each attempt contains a critical item; a handful keeps attempts from all showing the same one. */
    static final int CRITICAL_ITEMS = 3;

    /**
     * Every attempt must test each declared key fact and contain a critical item, on top of one
     * question per topic: the bank must offer enough of each, and a draw of the module's size must
     * be able to cover them all (cases are drawn whole, so a case can cost several places).
     */
    private void checkKeyFactsAndCriticalItems(ModuleDescriptor descriptor, QuestionBankReader.QuestionBank bank) {
        if (!bank.readable() || bank.questions().size() != bank.questionCount()) {
            return; // a question that could not be read may be the one that carries a fact
        }
        SourceFile source = problems.in(descriptor.file());
        for (ModuleDescriptor.KeyFact fact : descriptor.keyFacts()) {
            long items = bank.questions().stream().filter(q -> q.keyFacts().contains(fact.number())).count();
            if (items < ITEMS_PER_KEY_FACT) {
                source.problem(fact.node(), "key fact " + fact.number() + " is tested by " + items + " question"
                        + (items == 1 ? "" : "s") + " (tagged key-fact-" + fact.number() + "); every attempt tests it, so the bank needs at least "
                        + ITEMS_PER_KEY_FACT + " for variety between attempts");
            }
        }
        long critical = bank.questions().stream().filter(QuestionContent::isCritical).count();
        if (critical < CRITICAL_ITEMS) {
            source.problem(descriptor.idLine(), "questions.yaml has " + critical + " critical item" + (critical == 1 ? "" : "s")
                    + " (critical: ...); every attempt contains one, so mark at least " + CRITICAL_ITEMS
                    + " of the items whose wrong answer would put a patient at risk");
        }
        if (descriptor.quiz() == null || descriptor.topics() == null
                || descriptor.quiz().questionsPerAttempt() < descriptor.topics().size()) {
            return; // too few questions per attempt for the topics alone: reported on that line already
        }
        List<String> topics = descriptor.topics().stream().map(YamlMapping.Item::value).toList();
        List<Integer> keyFacts = descriptor.keyFacts().stream().map(ModuleDescriptor.KeyFact::number).toList();
        java.util.Set<String> uncoverable = Blueprint.required(topics, keyFacts);
        Blueprint.units(bank.questions()).forEach(unit -> uncoverable.removeAll(Blueprint.covers(unit)));
        if (!uncoverable.isEmpty()) {
            return; // a topic without questions, a key fact without items or no critical item: reported above
        }
        int needed = Blueprint.smallestDrawFound(bank.questions(), topics, keyFacts);
        if (needed > descriptor.quiz().questionsPerAttempt()) {
            problems.add(descriptor.file(), descriptor.questionsPerAttemptLine(), "quiz: 'questions-per-attempt' is "
                    + descriptor.quiz().questionsPerAttempt() + ", but covering every topic, every key fact in 'key-facts' and a "
                    + "critical item takes " + needed + " questions in the smallest draw found (cases count whole): raise it, "
                    + "or tag standalone questions with more of what each attempt must cover");
        }
    }

    private String version(Path folder, Set<String> citedKeys) {
        try {
            return ContentHash.of(folder, citedKeys.stream().flatMap(key -> references.find(key).stream()).toList());
        } catch (IOException e) {
            problems.add(folder, 0, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** The entries of a folder in name order; none when it does not exist. */
    private List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted(Comparator.comparing((Path entry) -> entry.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(folder, 0, "cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
