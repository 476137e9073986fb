package org.dnacademy.training.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a module's {@code questions.yaml}: its case scenarios and its question bank. */
final class QuestionBankReader {

    /** Section 7 of the fact digest lists the key safety facts every quiz must test. */
    static final int KEY_FACTS = 20;

    private static final List<String> QUESTION_FIELDS = List.of("id", "type", "case", "critical", "stem", "options", "answer",
            "scoring", "feedback", "explanation", "references", "tags");

    /** Why a wrong answer to a critical item endangers a patient: shown before the key is, so kept short. */
    static final int CRITICAL_LENGTH = 300;

    private static final List<String> OPTION_FIELDS = List.of("id", "text", "correct", "feedback", "fixed");

    private static final List<String> CASE_FIELDS = List.of("id", "title", "vignette");

    private static final Pattern KEY_FACT = Pattern.compile("key-fact-(\\d+)");

    private static final Pattern OPTION_ID = Pattern.compile("[a-z]");

    private static final int MIN_OPTIONS = 2;

    private static final int MAX_OPTIONS = 6;

    /** Where an id is defined, for the curriculum-wide uniqueness check. */
    record Site(String id, Path file, int line) {
    }

    /**
     * @param readable      false when the file could not be read at all, so counts mean nothing
     * @param questionCount every question entry, valid or not: the bank size
     * @param topicsUsed    the topic of every question whose topic could be read
     * @param everyTopicKnown whether that is every question, so an unused topic is really unused
     * @param citedKeys     keys of known references the questions cite
     */
    record QuestionBank(boolean readable, List<CaseContent> cases, List<QuestionContent> questions, int questionCount,
            Set<String> topicsUsed, boolean everyTopicKnown, Set<String> citedKeys, List<Site> caseSites, List<Site> questionSites) {

        static QuestionBank unreadable() {
            return new QuestionBank(false, List.of(), List.of(), 0, Set.of(), false, Set.of(), List.of(), List.of());
        }
    }

    private final Problems problems;
    private final ReferenceBook references;
    private final String referencesFile;

    QuestionBankReader(Problems problems, ReferenceBook references, String referencesFile) {
        this.problems = problems;
        this.references = references;
        this.referencesFile = referencesFile;
    }

    /**
     * @param moduleId {@code null} when module.yaml could not say
     * @param topics   {@code null} when module.yaml could not say; topic checks are then skipped
     */
    QuestionBank read(Path file, String moduleId, List<String> topics) {
        SourceFile source = problems.in(file);
        if (!Files.isRegularFile(file)) {
            source.problem(0, "is missing; every module needs a question bank");
            return QuestionBank.unreadable();
        }
        Optional<YamlMapping> root = TextFiles.read(file, source)
                .flatMap(text -> YamlDocument.parse(text, source))
                .flatMap(node -> YamlMapping.of(node, source, "", "questions.yaml"));
        if (root.isEmpty()) {
            return QuestionBank.unreadable();
        }
        root.get().allowOnly(List.of("cases", "questions"));
        Optional<List<Node>> questionNodes = root.get().list("questions", true);
        if (questionNodes.isEmpty()) {
            return QuestionBank.unreadable();
        }
        Bank bank = new Bank(source, moduleId, topics);
        root.get().list("cases", false).ifPresent(cases -> cases.forEach(bank::readCase));
        questionNodes.get().forEach(bank::readQuestion);
        bank.checkCasesHaveQuestions();
        return new QuestionBank(true, bank.cases, bank.questions, questionNodes.get().size(), bank.topicsUsed,
                bank.questionsWithTopic == questionNodes.get().size(), bank.citedKeys, bank.caseSites, bank.questionSites);
    }

    /** The state of reading one file. */
    private final class Bank {

        final SourceFile source;
        final String moduleId;
        final List<String> topics;
        final List<CaseContent> cases = new ArrayList<>();
        final List<QuestionContent> questions = new ArrayList<>();
        final Set<String> topicsUsed = new LinkedHashSet<>();
        final Set<String> citedKeys = new LinkedHashSet<>();
        final List<Site> caseSites = new ArrayList<>();
        final List<Site> questionSites = new ArrayList<>();
        final Map<String, Integer> questionsPerCase = new HashMap<>();
        final Map<String, Integer> caseLines = new HashMap<>();
        int questionsWithTopic;

        Bank(SourceFile source, String moduleId, List<String> topics) {
            this.source = source;
            this.moduleId = moduleId;
            this.topics = topics;
        }

        void readCase(Node node) {
            YamlMapping.of(node, source, "case at line " + source.lineOf(node), "each case").ifPresent(written -> {
                int problemsBefore = problems.count();
                var item = written.identified("case", CASE_FIELDS);
                Optional<String> id = item.id();
                YamlMapping fields = item.fields();
                id.ifPresent(value -> {
                    if (!ContentIds.isValid(value)) {
                        fields.problem(fields.lineOf("id"), "case id must be " + ContentIds.SHAPE + ", e.g. safety-case-rower");
                    }
                    caseSites.add(new Site(value, source.path(), fields.line()));
                    caseLines.putIfAbsent(value, fields.line());
                    questionsPerCase.putIfAbsent(value, 0);
                });
                Optional<String> title = fields.text("title", true);
                Optional<String> vignette = fields.text("vignette", true);
                if (id.isPresent() && title.isPresent() && vignette.isPresent() && problems.count() == problemsBefore) {
                    cases.add(new CaseContent(id.get(), title.get(), vignette.get()));
                }
            });
        }

        void readQuestion(Node node) {
            YamlMapping.of(node, source, "question at line " + source.lineOf(node), "each question").ifPresent(written -> {
                int problemsBefore = problems.count();
                var item = written.identified("question", QUESTION_FIELDS);
                Optional<String> id = item.id();
                YamlMapping fields = item.fields();
                id.ifPresent(value -> {
                    if (!ContentIds.isValid(value)) {
                        fields.problem(fields.lineOf("id"), "question id must be " + ContentIds.SHAPE + ", e.g. safety-q01");
                    }
                    questionSites.add(new Site(value, source.path(), fields.line()));
                });
                Optional<QuestionType> type = fields.text("type", true).flatMap(name -> questionType(name, fields));
                Optional<String> caseId = fields.text("case", false).filter(value -> caseExists(value, fields));
                caseId.ifPresent(value -> questionsPerCase.merge(value, 1, Integer::sum));
                Optional<String> stem = fields.text("stem", true);
                stem.filter(text -> type.isPresent() && type.get() != QuestionType.TRUE_FALSE && !text.endsWith("?"))
                        .ifPresent(text -> fields.problem(fields.lineOf("stem"), "the stem of a " + type.get().fileName()
                                + " question must end with '?' (only a true-false stem is a statement)"));
                Optional<String> explanation = fields.text("explanation", true);
                Optional<String> critical = fields.text("critical", false);
                critical.filter(text -> text.length() > CRITICAL_LENGTH).ifPresent(text -> fields.problem(fields.lineOf("critical"),
                        "'critical' is " + text.length() + " characters; say in at most " + CRITICAL_LENGTH
                                + " why a wrong answer would put a patient at risk (it is shown before the answer key, so do not give the answer)"));
                List<String> cited = readReferences(fields);
                Optional<Tags> tags = readTags(fields);
                Optional<AnswerKey> key = type.flatMap(value -> readAnswerKey(value, fields));
                boolean complete = id.isPresent() && type.isPresent() && stem.isPresent() && explanation.isPresent()
                        && tags.isPresent() && key.isPresent();
                if (complete && problems.count() == problemsBefore) {
                    questions.add(new QuestionContent(id.get(), type.get(), caseId.orElse(null), stem.get(),
                            key.get().options(), key.get().scoring(), explanation.get(), cited, tags.get().written(),
                            tags.get().topic(), tags.get().keyFacts(), critical.orElse(null)));
                }
            });
        }

        private Optional<QuestionType> questionType(String written, YamlMapping fields) {
            Optional<QuestionType> type = Arrays.stream(QuestionType.values())
                    .filter(candidate -> candidate.fileName().equals(written)).findFirst();
            if (type.isEmpty()) {
                fields.problem(fields.lineOf("type"), "'type' must be single, multiple or true-false, not '" + written + "'");
            }
            return type;
        }

        private boolean caseExists(String caseId, YamlMapping fields) {
            if (questionsPerCase.containsKey(caseId)) {
                return true;
            }
            fields.problem(fields.lineOf("case"), "case '" + caseId + "' is not one of the cases in this file"
                    + (questionsPerCase.isEmpty() ? " (it has none)" : " (" + String.join(", ", new TreeSet<>(questionsPerCase.keySet())) + ")"));
            return false;
        }

        private List<String> readReferences(YamlMapping fields) {
            List<String> keys = new ArrayList<>();
            fields.texts("references", true).ifPresent(items -> {
                if (items.isEmpty()) {
                    fields.problem(fields.lineOf("references"), "'references' needs at least one key from " + referencesFile);
                }
                for (YamlMapping.Item item : items) {
                    if (keys.contains(item.value())) {
                        fields.problem(item.node(), "reference '" + item.value() + "' is listed twice");
                    } else if (!references.isKnown(item.value())) {
                        fields.problem(item.node(), "unknown reference '" + item.value() + "'; known keys are in " + referencesFile);
                    } else {
                        references.find(item.value()).ifPresent(reference -> citedKeys.add(reference.key()));
                    }
                    keys.add(item.value());
                }
            });
            return keys;
        }

        private record Tags(List<String> written, String topic, Set<Integer> keyFacts) {
        }

        private Optional<Tags> readTags(YamlMapping fields) {
            Optional<List<YamlMapping.Item>> items = fields.texts("tags", true);
            if (items.isEmpty()) {
                return Optional.empty();
            }
            List<String> written = new ArrayList<>();
            List<String> topicsTagged = new ArrayList<>();
            Set<Integer> keyFacts = new TreeSet<>();
            for (YamlMapping.Item item : items.get()) {
                String tag = item.value();
                Matcher keyFact = KEY_FACT.matcher(tag);
                if (written.contains(tag)) {
                    fields.problem(item.node(), "tag '" + tag + "' is listed twice");
                } else if (keyFact.matches()) {
                    int number = Integer.parseInt(keyFact.group(1));
                    if (number >= 1 && number <= KEY_FACTS && !keyFact.group(1).startsWith("0")) {
                        keyFacts.add(number);
                    } else {
                        fields.problem(item.node(), "tag '" + tag + "' is not a key fact: N in key-fact-N goes from 1 to "
                                + KEY_FACTS + " (section 7 of the fact digest)");
                    }
                } else if (topics != null && topics.contains(tag)) {
                    topicsTagged.add(tag);
                } else if (topics != null && !tag.equals(moduleId)) {
                    fields.problem(item.node(), "unknown tag '" + tag + "'" + suggestion(tag)
                            + "; tags are one of the module's topics (" + String.join(", ", topics) + "), key-fact-N"
                            + (moduleId == null ? "" : " and the module id '" + moduleId + "'"));
                }
                written.add(tag);
            }
            if (topics == null) {
                return Optional.empty();
            }
            if (topicsTagged.size() != 1) {
                fields.problem(fields.lineOf("tags"), topicsTagged.isEmpty()
                        ? "'tags' must include one of the module's topics (" + String.join(", ", topics) + ")"
                        : "'tags' has " + topicsTagged.size() + " topics (" + String.join(", ", topicsTagged)
                                + "); keep only the one the question tests");
                return Optional.empty();
            }
            topicsUsed.add(topicsTagged.get(0));
            questionsWithTopic++;
            return Optional.of(new Tags(written, topicsTagged.get(0), keyFacts));
        }

        private String suggestion(String tag) {
            List<String> known = new ArrayList<>(topics);
            if (moduleId != null) {
                known.add(moduleId);
            }
            return YamlMapping.closest(tag, known).map(meant -> " (did you mean '" + meant + "'?)").orElse("");
        }

        private record AnswerKey(List<OptionContent> options, ScoringRule scoring) {
        }

        private Optional<AnswerKey> readAnswerKey(QuestionType type, YamlMapping fields) {
            if (type == QuestionType.TRUE_FALSE) {
                return readTrueFalse(fields);
            }
            if (fields.has("answer")) {
                fields.problem(fields.lineOf("answer"), "'answer' is only for true-false questions; mark the right option(s) with correct: true");
            }
            if (fields.has("feedback")) {
                fields.problem(fields.lineOf("feedback"), "'feedback' belongs to each option of a " + type.fileName()
                        + " question, not to the question");
            }
            Optional<ScoringRule> scoring = type == QuestionType.SINGLE ? noScoring(type, fields) : readScoring(fields);
            Optional<List<OptionContent>> options = fields.list("options", true).flatMap(nodes -> readOptions(nodes, type, fields));
            return options.isPresent() && scoring.isPresent()
                    ? Optional.of(new AnswerKey(options.get(), scoring.get()))
                    : Optional.empty();
        }

        private Optional<AnswerKey> readTrueFalse(YamlMapping fields) {
            if (fields.has("options")) {
                fields.problem(fields.lineOf("options"), "a true-false question has no options; write answer: true or answer: false");
            }
            noScoring(QuestionType.TRUE_FALSE, fields);
            Optional<String> feedback = fields.text("feedback", false);
            return fields.trueOrFalse("answer", true).map(answer -> new AnswerKey(List.of(
                    new OptionContent("true", "True", answer, feedback.orElse(null), true),
                    new OptionContent("false", "False", !answer, feedback.orElse(null), true)),
                    ScoringRule.ONE_CORRECT));
        }

        private Optional<ScoringRule> noScoring(QuestionType type, YamlMapping fields) {
            if (fields.has("scoring")) {
                fields.problem(fields.lineOf("scoring"), "'scoring' is only for multiple questions; a "
                        + type.fileName() + " question scores one point for the correct answer");
            }
            return Optional.of(ScoringRule.ONE_CORRECT);
        }

        private Optional<ScoringRule> readScoring(YamlMapping fields) {
            return fields.text("scoring", true).flatMap(written -> {
                Optional<ScoringRule> rule = Arrays.stream(ScoringRule.values())
                        .filter(candidate -> written.equals(candidate.fileName())).findFirst();
                if (rule.isEmpty()) {
                    fields.problem(fields.lineOf("scoring"), "'scoring' must be all-or-nothing or partial, not '" + written + "'");
                }
                return rule;
            });
        }

        private Optional<List<OptionContent>> readOptions(List<Node> nodes, QuestionType type, YamlMapping fields) {
            int problemsBefore = problems.count();
            if (nodes.size() < MIN_OPTIONS || nodes.size() > MAX_OPTIONS) {
                fields.problem(fields.lineOf("options"), "'options' has " + nodes.size() + " option"
                        + (nodes.size() == 1 ? "" : "s") + "; a question needs " + MIN_OPTIONS + " to " + MAX_OPTIONS);
            }
            List<OptionContent> options = new ArrayList<>();
            Map<String, Integer> optionLines = new HashMap<>();
            List<String> correct = new ArrayList<>();
            for (Node node : nodes) {
                YamlMapping.of(node, source, fields.subject(), "each option")
                        .ifPresent(written -> readOption(written, fields, optionLines, correct).ifPresent(options::add));
            }
            checkCorrectOptions(type, fields, nodes, optionLines, correct);
            return problems.count() == problemsBefore ? Optional.of(options) : Optional.empty();
        }

        private Optional<OptionContent> readOption(YamlMapping written, YamlMapping question,
                Map<String, Integer> optionLines, List<String> correct) {
            Optional<String> id = written.text("id", false);
            YamlMapping option = id.map(value -> written.about(question.subject() + ": option '" + value + "'")).orElse(written);
            option.allowOnly(OPTION_FIELDS);
            if (!option.has("id")) {
                option.text("id", true);
            }
            id.ifPresent(value -> {
                if (!OPTION_ID.matcher(value).matches()) {
                    question.problem(option.lineOf("id"), "option id '" + value + "' must be one lower-case letter");
                }
                Integer earlier = optionLines.putIfAbsent(value, option.line());
                if (earlier != null) {
                    question.problem(option.lineOf("id"), "option id '" + value + "' is used twice (also on line " + earlier + ")");
                }
            });
            Optional<String> text = option.text("text", true);
            boolean isCorrect = option.trueOrFalse("correct", false).orElse(false);
            Optional<String> feedback = option.text("feedback", false);
            boolean fixed = option.trueOrFalse("fixed", false).orElse(false);
            if (isCorrect && id.isPresent()) {
                correct.add(id.get());
            }
            return id.isPresent() && text.isPresent()
                    ? Optional.of(new OptionContent(id.get(), text.get(), isCorrect, feedback.orElse(null), fixed))
                    : Optional.empty();
        }

        private void checkCorrectOptions(QuestionType type, YamlMapping fields, List<Node> nodes,
                Map<String, Integer> optionLines, List<String> correct) {
            if (correct.isEmpty()) {
                fields.problem(fields.lineOf("options"), "no option is marked correct: true; a " + type.fileName()
                        + " question needs " + (type == QuestionType.SINGLE ? "exactly one" : "at least one"));
            } else if (type == QuestionType.SINGLE && correct.size() > 1) {
                for (String extra : correct.subList(1, correct.size())) {
                    fields.problem(optionLines.get(extra), "option '" + extra
                            + "' is marked correct but the type is single and option '" + correct.get(0) + "' is also correct");
                }
            } else if (type == QuestionType.MULTIPLE && correct.size() >= nodes.size()) {
                fields.problem(fields.lineOf("options"), "every option is marked correct; a multiple question needs at least one incorrect option");
            }
        }

        void checkCasesHaveQuestions() {
            questionsPerCase.forEach((caseId, count) -> {
                if (count < 2) {
                    source.problem(caseLines.get(caseId), "case " + caseId + ": has " + count + " question"
                            + (count == 1 ? "" : "s") + "; a case needs at least 2 (questions name it with case: " + caseId + ")");
                }
            });
        }
    }
}
