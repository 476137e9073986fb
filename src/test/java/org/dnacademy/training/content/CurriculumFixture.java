package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small curriculum that passes every check, written to a temporary folder: two modules,
 * {@code basics} (folder 01-basics) and {@code advanced} (02-advanced, requires basics). A test
 * breaks exactly one thing and asserts the problem it causes, with file and line.
 *
 * <p>Each bank has just enough for the blueprint checks: key fact 1 (the one each module declares)
 * is tagged on q01, q04 and q05, and q01, q03 and q04 are critical, so that taking one of them away
 * is one problem; and two standalone questions (q04 and q03) cover both topics, key fact 1 and a
 * critical item, well within the 3 questions per attempt.
 */
final class CurriculumFixture {

    /**
     * chen-2018 is a journal article with a DOI, chu-2018 one without ({@code doi: none}), and
     * unused-2000 a publisher's source that nothing cites.
     */
    static final String REFERENCES = """
            references:
              chen-2018:
                authors: Chen YH, Wu CH, Lin CY
                year: 2018
                title: Depth to the pleura in slim adults
                journal: J Acupunct Meridian Stud
                volume: 11(6)
                pages: 355-60
                doi: 10.1016/j.jams.2018.08.002
              chu-2018:
                authors: Chu HR, et al.
                year: 2018
                title: Pneumothorax after acupuncture, a review
                journal: Evid Based Complement Alternat Med
                volume: "2018"
                pages: "4157405"
                doi: none
              unused-2000:
                authors: Nobody A
                year: 2000
                title: A source nobody cites
                publisher: Nobody Press
            """;

    final Path modules;

    private CurriculumFixture(Path modules) {
        this.modules = modules;
    }

    static CurriculumFixture valid(Path tempDir) {
        CurriculumFixture fixture = new CurriculumFixture(tempDir.resolve("modules"));
        fixture.write("references.yaml", REFERENCES);
        fixture.writeModule("01-basics", "basics", 1, "[]");
        fixture.writeModule("02-advanced", "advanced", 2, "[basics]");
        return fixture;
    }

    void writeModule(String folder, String id, int order, String prerequisites) {
        write(folder + "/module.yaml", moduleYaml(id, order, prerequisites));
        write(folder + "/lessons/01-depth.md", """
                ---
                title: Depth to the pleura
                ---

                ## How deep is the pleura?

                The pleura can lie less than 2 cm below the skin [@chen-2018].
                Individuals vary more than groups [@chu-2018; @chen-2018].
                """);
        write(folder + "/lessons/02-consent.md", """
                ---
                title: "Consent: what to say"
                ---

                Consent must cover pneumothorax [@chu-2018].
                """);
        write(folder + "/questions.yaml", questionsYaml(id));
    }

    static String moduleYaml(String id, int order, String prerequisites) {
        return """
                id: %s
                title: "Module %s"
                summary: >
                  What the module covers and why it matters.
                order: %d
                prerequisites: %s
                topics:
                  - depth
                  - consent
                key-facts: [1]
                cpd-hours: 3
                quiz:
                  pass-mark: 80
                  questions-per-attempt: 3
                  time-limit-minutes: 30
                  max-attempts: 3
                  cooldown-minutes: 60
                  retake-after-pass: false
                certificate:
                  validity-months: 24
                  change-requires-recertification: true
                """.formatted(id, id, order, prerequisites);
    }

    static String questionsYaml(String id) {
        return """
                cases:
                  - id: %1$s-case-swimmer
                    title: A slim swimmer
                    vignette: >
                      A 22-year-old swimmer with a BMI of 17.5 has neck pain.

                questions:
                  - id: %1$s-q01
                    type: single
                    case: %1$s-case-swimmer
                    stem: >
                      Which approach is most appropriate?
                    options:
                      - id: a
                        text: Deep needling stopped at 12 mm
                        feedback: A depth limit gives false reassurance.
                      - id: b
                        text: Superficial needling
                        correct: true
                    explanation: Superficial needling keeps the tip off the pleura.
                    critical: Deep needling over a slim chest can reach the pleura.
                    references: [chen-2018]
                    tags: [depth, key-fact-1]

                  - id: %1$s-q02
                    type: multiple
                    scoring: partial
                    case: %1$s-case-swimmer
                    stem: Which of these change the depth to the pleura?
                    options:
                      - id: a
                        text: BMI
                        correct: true
                      - id: b
                        text: Posture
                        correct: true
                      - id: c
                        text: Eye colour
                      - id: d
                        text: None of these
                        fixed: true
                    explanation: Depth changes with BMI and posture.
                    references: [chen-2018, chu-2018]
                    tags: [depth, %1$s, key-fact-2]

                  - id: %1$s-q03
                    type: true-false
                    stem: Consent for thoracic needling must cover pneumothorax.
                    answer: true
                    explanation: It is a material risk.
                    critical: Needling without consent to a material risk takes away the patient's choice.
                    references: [chu-2018]
                    tags: [consent, key-fact-6]

                  - id: %1$s-q04
                    type: multiple
                    scoring: all-or-nothing
                    stem: Which signs after needling over the chest call for urgent referral?
                    options:
                      - id: a
                        text: Sudden breathlessness
                        correct: true
                      - id: b
                        text: Sharp chest pain on breathing in
                        correct: true
                      - id: c
                        text: Mild redness at a needle site
                    explanation: Breathlessness and pleuritic pain after chest needling suggest a pneumothorax.
                    critical: Missing the signs of a pneumothorax delays the treatment the patient needs at once.
                    references:
                      - chen-2018
                    tags: [key-fact-1, depth]

                  - id: %1$s-q05
                    type: multiple
                    scoring: all-or-nothing
                    stem: Which points does consent for needling near the lung cover?
                    options:
                      - id: a
                        text: The risk of pneumothorax
                        correct: true
                      - id: b
                        text: What to do if breathless afterwards
                        correct: true
                      - id: c
                        text: The colour of the needles
                    explanation: Consent names the material risk and what to do if it happens.
                    references:
                      - chu-2018
                    tags: [key-fact-1, consent]
                """.formatted(id);
    }

    Path path(String relative) {
        return modules.resolve(relative);
    }

    CurriculumFixture write(String relative, String content) {
        try {
            Path file = path(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CurriculumFixture writeBytes(String relative, byte[] content) {
        try {
            Path file = path(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from}; fails when there is none or several, so tests stay exact. */
    CurriculumFixture replace(String relative, String from, String to) {
        String text = read(relative);
        int first = text.indexOf(from);
        assertTrue(first >= 0, "fixture " + relative + " has no '" + from + "'");
        assertEquals(first, text.lastIndexOf(from), "fixture " + relative + " has '" + from + "' more than once");
        return write(relative, text.substring(0, first) + to + text.substring(first + from.length()));
    }

    CurriculumFixture delete(String relative) {
        try (var walk = Files.walk(path(relative))) {
            for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the only line that contains {@code snippet}. */
    int lineOf(String relative, String snippet) {
        List<String> lines = read(relative).lines().toList();
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                if (found != 0) {
                    fail("'" + snippet + "' is on more than one line of " + relative);
                }
                found = i + 1;
            }
        }
        if (found == 0) {
            fail("'" + snippet + "' is on no line of " + relative);
        }
        return found;
    }

    /**
     * The 1-based line of the first line containing {@code snippet} below the only line containing
     * {@code below}: for a field such as {@code year:} that every reference has.
     */
    int lineOf(String relative, String below, String snippet) {
        List<String> lines = read(relative).lines().toList();
        for (int i = lineOf(relative, below); i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        return fail("'" + snippet + "' is on no line below '" + below + "' in " + relative);
    }

    Curriculum read() {
        return CurriculumReader.read(modules);
    }

    List<ContentProblem> problems() {
        return assertThrows(CurriculumException.class, this::read, "the curriculum should have been rejected").problems();
    }

    /** Asserts that reading finds exactly one problem, there, with a message containing {@code expected}. */
    ContentProblem assertOnlyProblem(String relative, int line, String expected) {
        List<ContentProblem> problems = problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + list(problems));
        ContentProblem problem = problems.get(0);
        assertEquals("modules/" + relative, problem.file().toString().replace('\\', '/'), problem::toString);
        assertEquals(line, problem.line(), problem::toString);
        assertTrue(problem.message().contains(expected), () -> "message was: " + problem.message());
        return problem;
    }

    static String list(List<ContentProblem> problems) {
        return problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
    }
}
