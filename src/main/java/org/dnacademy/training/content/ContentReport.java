package org.dnacademy.training.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Figures a content reviewer reads before trusting a question bank, per module: how often the key
 * is the longest option (a test-wise trainee's cue; chance is about one in four), absolute words in
 * keys against distractors, items per topic and per key fact, and critical items. The build prints
 * it; it fails nothing, because a cue is a matter for the author's judgement.
 */
public final class ContentReport {

    /** The share of single-answer items whose key is the (equal) longest option that authors aim to stay under. */
    public static final double LONGEST_KEY_TARGET = 0.30;

    private static final Pattern ABSOLUTE = Pattern.compile(
            "\\b(always|never|all|none|only|must|every|completely|entirely|guarantees?|no one|nothing)\\b",
            Pattern.CASE_INSENSITIVE);

    /** One module's figures. */
    public record ModuleFigures(String moduleId, int questions, int inCases, int critical, int singleAnswer, int keyLongest,
            int keys, int keysWithAbsolutes, int distractors, int distractorsWithAbsolutes, Map<String, Integer> perTopic,
            Map<Integer, Integer> perKeyFact, List<Integer> keyFactsCertified) {

        public double longestKeyShare() {
            return singleAnswer == 0 ? 0 : (double) keyLongest / singleAnswer;
        }
    }

    private ContentReport() {
    }

    public static List<ModuleFigures> figures(Curriculum curriculum) {
        return curriculum.modules().stream().map(ContentReport::figures).toList();
    }

    static ModuleFigures figures(ModuleContent module) {
        int single = 0;
        int longest = 0;
        int keys = 0;
        int keysAbsolute = 0;
        int distractors = 0;
        int distractorsAbsolute = 0;
        Map<String, Integer> perTopic = new TreeMap<>();
        module.topics().forEach(topic -> perTopic.put(topic, 0));
        Map<Integer, Integer> perKeyFact = new TreeMap<>();
        for (QuestionContent question : module.questions()) {
            perTopic.merge(question.topic(), 1, Integer::sum);
            question.keyFacts().forEach(fact -> perKeyFact.merge(fact, 1, Integer::sum));
            if (question.type() == QuestionType.TRUE_FALSE) {
                continue;
            }
            for (OptionContent option : question.options()) {
                boolean absolute = ABSOLUTE.matcher(option.text()).find();
                if (option.correct()) {
                    keys++;
                    keysAbsolute += absolute ? 1 : 0;
                } else {
                    distractors++;
                    distractorsAbsolute += absolute ? 1 : 0;
                }
            }
            if (question.type() == QuestionType.SINGLE) {
                single++;
                int keyLength = question.options().stream().filter(OptionContent::correct).mapToInt(o -> o.text().length()).max().orElse(0);
                boolean keyIsLongest = question.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().length() <= keyLength);
                longest += keyIsLongest ? 1 : 0;
            }
        }
        int inCases = (int) module.questions().stream().filter(q -> q.caseId() != null).count();
        int critical = (int) module.questions().stream().filter(QuestionContent::isCritical).count();
        return new ModuleFigures(module.id(), module.questions().size(), inCases, critical, single, longest, keys, keysAbsolute,
                distractors, distractorsAbsolute, perTopic, perKeyFact, module.keyFacts());
    }

    /** The report as text, one block per module. */
    public static String text(Curriculum curriculum) {
        List<String> lines = new ArrayList<>();
        lines.add("Content report (longest-key target: at most " + percent(LONGEST_KEY_TARGET) + " per module)");
        int allSingle = 0;
        int allLongest = 0;
        for (ModuleFigures m : figures(curriculum)) {
            allSingle += m.singleAnswer();
            allLongest += m.keyLongest();
            lines.add(String.format(Locale.ROOT, "%s: %d questions, %d in cases, %d critical", m.moduleId(), m.questions(), m.inCases(),
                    m.critical()));
            lines.add(String.format(Locale.ROOT, "  key is the (equal) longest option in %d of %d single-answer items (%s)%s",
                    m.keyLongest(), m.singleAnswer(), percent(m.longestKeyShare()),
                    m.longestKeyShare() > LONGEST_KEY_TARGET + 1e-9 ? "  ABOVE TARGET" : ""));
            lines.add(String.format(Locale.ROOT, "  absolute words in %d of %d keys (%s), %d of %d distractors (%s)", m.keysWithAbsolutes(),
                    m.keys(), percent(ratio(m.keysWithAbsolutes(), m.keys())), m.distractorsWithAbsolutes(), m.distractors(),
                    percent(ratio(m.distractorsWithAbsolutes(), m.distractors()))));
            lines.add("  items per topic: " + m.perTopic().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
            lines.add("  items per key fact: " + m.perKeyFact().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ")) + "; certified: " + m.keyFactsCertified());
        }
        lines.add(String.format(Locale.ROOT, "all modules: key is the longest option in %d of %d single-answer items (%s)", allLongest,
                allSingle, percent(ratio(allLongest, allSingle))));
        return String.join("\n", lines);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
