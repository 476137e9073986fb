package org.dnacademy.training.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One training module as read from its folder.
 *
 * @param folder  the folder name, e.g. {@code 04-safety}
 * @param images  file name to bytes, from the module's {@code images/} folder; the arrays are the
 *                reader's own, so do not change them
 * @param keyFacts the key facts of section 7 of the fact digest the module certifies: every
 *                attempt tests each one
 * @param cpdHours the continuing-professional-development hours the module declares
 * @param version hex SHA-256 of the module's files and of the references it cites: it changes
 *                exactly when something a trainee sees in this module changes
 */
public record ModuleContent(String id, String folder, String title, String summary, int order,
        List<String> prerequisites, List<String> topics, List<Integer> keyFacts, java.math.BigDecimal cpdHours, QuizRules quiz,
        ReviewRules review, CertificateRules certificate, List<LessonContent> lessons, List<CaseContent> cases,
        List<QuestionContent> questions, Map<String, byte[]> images, String version) {

    public ModuleContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(cpdHours, "cpdHours");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(version, "version");
        prerequisites = List.copyOf(prerequisites);
        topics = List.copyOf(topics);
        keyFacts = List.copyOf(keyFacts);
        lessons = List.copyOf(lessons);
        cases = List.copyOf(cases);
        questions = List.copyOf(questions);
        images = Collections.unmodifiableMap(new TreeMap<>(images));
    }
}
