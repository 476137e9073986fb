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
        QuizRules quiz, int questionsPerAttemptLine, CertificateRules certificate, List<KeyFact> keyFacts,
        java.math.BigDecimal cpdHours, ReviewRules review) {

    /** A key fact the module certifies, and where it is written. */
    record KeyFact(int number, org.yaml.snakeyaml.nodes.Node node) {
    }

    private static final List<String> FIELDS = List.of("id", "title", "summary", "order", "prerequisites",
            "topics", "key-facts", "cpd-hours", "quiz", "review", "certificate");

    private static final List<String> REVIEW_FIELDS = List.of("after-failed-attempt", "full-review");

    /** More CPD hours than this for one module is a typo. */
    private static final int MAX_CPD_HOURS = 100;

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
        List<KeyFact> keyFacts = readKeyFacts(fields);
        java.math.BigDecimal cpdHours = fields.halfHours("cpd-hours", true, MAX_CPD_HOURS).orElse(null);
        ReviewRules review = fields.has("review") ? fields.mapping("review", false).flatMap(ModuleDescriptor::readReview).orElse(null)
                : ReviewRules.DEFAULT;
        return new ModuleDescriptor(file, id, fields.lineOf("id"), title, summary, order, fields.lineOf("order"),
                prerequisites, topics, fields.lineOf("topics"), quiz,
                quizFields.map(q -> q.lineOf("questions-per-attempt")).orElse(fields.lineOf("quiz")), certificate, keyFacts,
                cpdHours, review);
    }

    /** The key facts of section 7 of the fact digest that this module certifies: every attempt tests each. */
    private static List<KeyFact> readKeyFacts(YamlMapping fields) {
        List<KeyFact> keyFacts = new java.util.ArrayList<>();
        fields.texts("key-facts", true).ifPresent(items -> {
            if (items.isEmpty()) {
                fields.problem(fields.lineOf("key-facts"), "'key-facts' lists none; name the numbers (1 to "
                        + QuestionBankReader.KEY_FACTS + ") of the key safety facts this module certifies");
            }
            for (YamlMapping.Item item : items) {
                Integer number = item.value().matches("[1-9][0-9]?") ? Integer.valueOf(item.value()) : null;
                if (number == null || number > QuestionBankReader.KEY_FACTS) {
                    fields.problem(item.node(), "key fact '" + item.value() + "' must be a number from 1 to "
                            + QuestionBankReader.KEY_FACTS + " (section 7 of the fact digest)");
                } else if (keyFacts.stream().anyMatch(fact -> fact.number() == number)) {
                    fields.problem(item.node(), "key fact " + number + " is listed twice");
                } else {
                    keyFacts.add(new KeyFact(number, item.node()));
                }
            }
        });
        return keyFacts;
    }

    private static Optional<ReviewRules> readReview(YamlMapping review) {
        review.allowOnly(REVIEW_FIELDS);
        var afterFail = review.text("after-failed-attempt", false).map(written -> ReviewRules.named(ReviewRules.AfterFailedAttempt.class,
                written, ReviewRules.AfterFailedAttempt::fileName).orElseGet(() -> {
                    review.problem(review.lineOf("after-failed-attempt"), "'after-failed-attempt' must be score-only, wrong-items or "
                            + "wrong-items-and-explanations, not '" + written + "'");
                    return null;
                }));
        var full = review.text("full-review", false).map(written -> ReviewRules.named(ReviewRules.FullReview.class, written,
                ReviewRules.FullReview::fileName).orElseGet(() -> {
                    review.problem(review.lineOf("full-review"), "'full-review' must be after-pass, after-pass-or-last-attempt or "
                            + "after-every-attempt, not '" + written + "'");
                    return null;
                }));
        if ((review.has("after-failed-attempt") && afterFail.isEmpty()) || (review.has("full-review") && full.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ReviewRules(afterFail.orElse(ReviewRules.DEFAULT.afterFailedAttempt()),
                full.orElse(ReviewRules.DEFAULT.fullReview())));
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
        return new ModuleDescriptor(file, null, 0, null, null, null, 0, null, null, 0, null, 0, null, List.of(), null, null);
    }

    boolean complete() {
        return id != null && title != null && summary != null && order != null && prerequisites != null
                && topics != null && quiz != null && certificate != null && cpdHours != null && review != null;
    }
}
