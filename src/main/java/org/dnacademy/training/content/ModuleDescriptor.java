package org.dnacademy.training.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code module.yaml} says, as far as it could be read: a field that is missing or wrong is
 * {@code null} (and reported), so the rest of the module can still be checked. Lines are kept for
 * the checks that need the other modules or the question bank.
 */
record ModuleDescriptor(Path file, String id, int idLine, String title, String summary, Integer order,
        int orderLine, List<YamlMapping.Item> prerequisites, List<YamlMapping.Item> topics, int topicsLine,
        QuizRules quiz, int questionsPerAttemptLine, CertificateRules certificate) {

    private static final List<String> FIELDS = List.of("id", "title", "summary", "order", "prerequisites",
            "topics", "quiz", "certificate");

    private static final List<String> QUIZ_FIELDS = List.of("pass-mark", "questions-per-attempt",
            "time-limit-minutes", "max-attempts", "cooldown-minutes", "retake-after-pass");

    private static final List<String> CERTIFICATE_FIELDS = List.of("validity-months",
            "change-requires-recertification");

    private static final int NO_LIMIT = Integer.MAX_VALUE;

    static ModuleDescriptor read(Path file, Problems problems) {
        SourceFile source = problems.in(file);
        if (!Files.isRegularFile(file)) {
            source.problem(0, "is missing; every module folder needs a module.yaml");
            return empty(file);
        }
        return TextFiles.read(file, source)
                .flatMap(text -> YamlDocument.parse(text, source))
                .flatMap(root -> YamlMapping.of(root, source, "", "module.yaml"))
                .map(fields -> read(file, fields))
                .orElseGet(() -> empty(file));
    }

    private static ModuleDescriptor read(Path file, YamlMapping fields) {
        fields.allowOnly(FIELDS);
        String id = fields.text("id", true).filter(written -> {
            if (ContentIds.isValid(written)) {
                return true;
            }
            fields.problem(fields.lineOf("id"), "id '" + written + "' must be " + ContentIds.SHAPE + ", e.g. safety");
            return false;
        }).orElse(null);
        String title = fields.text("title", true).orElse(null);
        String summary = fields.text("summary", true).orElse(null);
        Integer order = fields.wholeNumber("order", true, 1, NO_LIMIT).orElse(null);
        List<YamlMapping.Item> prerequisites = fields.texts("prerequisites", true).orElse(null);
        List<YamlMapping.Item> topics = fields.texts("topics", true).map(written -> checkTopics(written, id, fields))
                .orElse(null);
        Optional<YamlMapping> quizFields = fields.mapping("quiz", true);
        QuizRules quiz = quizFields.flatMap(quizRules -> readQuiz(quizRules, topics)).orElse(null);
        CertificateRules certificate = fields.mapping("certificate", true).flatMap(ModuleDescriptor::readCertificate)
                .orElse(null);
        return new ModuleDescriptor(file, id, fields.lineOf("id"), title, summary, order, fields.lineOf("order"),
                prerequisites, topics, fields.lineOf("topics"), quiz,
                quizFields.map(q -> q.lineOf("questions-per-attempt")).orElse(fields.lineOf("quiz")), certificate);
    }

    private static List<YamlMapping.Item> checkTopics(List<YamlMapping.Item> topics, String moduleId, YamlMapping fields) {
        if (topics.isEmpty()) {
            fields.problem(fields.lineOf("topics"), "'topics' needs at least one topic");
        }
        Map<String, YamlMapping.Item> seen = new HashMap<>();
        for (YamlMapping.Item topic : topics) {
            if (!ContentIds.isValid(topic.value())) {
                fields.problem(topic.node(), "topic '" + topic.value() + "' must be " + ContentIds.SHAPE);
            } else if (topic.value().equals(moduleId)) {
                fields.problem(topic.node(), "topic '" + topic.value()
                        + "' is also the module id, so a question's tags could not show its topic; name the topic differently");
            }
            YamlMapping.Item earlier = seen.putIfAbsent(topic.value(), topic);
            if (earlier != null) {
                fields.problem(topic.node(), "topic '" + topic.value() + "' is listed twice");
            }
        }
        return topics;
    }

    private static Optional<QuizRules> readQuiz(YamlMapping quiz, List<YamlMapping.Item> topics) {
        quiz.allowOnly(QUIZ_FIELDS);
        Optional<Integer> passMark = quiz.wholeNumber("pass-mark", true, 1, 100);
        Optional<Integer> perAttempt = quiz.wholeNumber("questions-per-attempt", true, 1, NO_LIMIT);
        Optional<Integer> timeLimit = quiz.wholeNumber("time-limit-minutes", false, 1, NO_LIMIT);
        Optional<Integer> maxAttempts = quiz.wholeNumber("max-attempts", true, 1, NO_LIMIT);
        Optional<Integer> cooldown = quiz.wholeNumber("cooldown-minutes", true, 0, NO_LIMIT);
        Optional<Boolean> retake = quiz.trueOrFalse("retake-after-pass", true);
        if (perAttempt.isPresent() && topics != null && perAttempt.get() < topics.size()) {
            quiz.problem(quiz.lineOf("questions-per-attempt"), "'questions-per-attempt' is " + perAttempt.get()
                    + " but the module has " + topics.size() + " topics, and every attempt draws at least one question per topic");
        }
        boolean timeLimitValid = timeLimit.isPresent() || !quiz.has("time-limit-minutes");
        if (passMark.isEmpty() || perAttempt.isEmpty() || !timeLimitValid || maxAttempts.isEmpty()
                || cooldown.isEmpty() || retake.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuizRules(passMark.get(), perAttempt.get(), timeLimit.orElse(null), maxAttempts.get(),
                cooldown.get(), retake.get()));
    }

    private static Optional<CertificateRules> readCertificate(YamlMapping certificate) {
        certificate.allowOnly(CERTIFICATE_FIELDS);
        Optional<Integer> validity = certificate.wholeNumber("validity-months", true, 1, NO_LIMIT);
        Optional<Boolean> recertify = certificate.trueOrFalse("change-requires-recertification", true);
        return validity.isPresent() && recertify.isPresent()
                ? Optional.of(new CertificateRules(validity.get(), recertify.get()))
                : Optional.empty();
    }

    private static ModuleDescriptor empty(Path file) {
        return new ModuleDescriptor(file, null, 0, null, null, null, 0, null, null, 0, null, 0, null);
    }

    boolean complete() {
        return id != null && title != null && summary != null && order != null && prerequisites != null
                && topics != null && quiz != null && certificate != null;
    }
}
