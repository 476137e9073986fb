package org.dnacademy.training.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping ({@code key: value} lines) read field by field. Every way a field can be wrong is
 * reported with its line, prefixed by the subject (e.g. {@code question safety-q01}), and the
 * reader gets an empty Optional so that it can carry on and find the next problem.
 */
final class YamlMapping {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final Pattern HALF_HOURS = Pattern.compile("[0-9]{1,4}(\\.(0|5))?");

    /** A scalar list entry and where it is. */
    record Item(String value, Node node) {
    }

    private final SourceFile source;
    private final Node node;
    private final String subject;
    private final Map<String, NodeTuple> entries;
    private final int startLine;
    private Collection<String> allowed = List.of();

    private YamlMapping(SourceFile source, Node node, String subject, Map<String, NodeTuple> entries, int startLine) {
        this.source = source;
        this.node = node;
        this.subject = subject;
        this.entries = entries;
        this.startLine = startLine;
    }

    /**
     * @param subject prefix of every problem message, e.g. {@code question safety-q01}; empty for none
     * @param what    what the node should be, for the message when it is not a mapping
     */
    static Optional<YamlMapping> of(Node node, SourceFile source, String subject, String what) {
        if (node instanceof ScalarNode scalar && isNull(scalar)) {
            // Nothing written yet: the missing fields say more than "not a set of fields" would.
            return Optional.of(new YamlMapping(source, node, subject, new LinkedHashMap<>(), source.lineOf(node)));
        }
        if (!(node instanceof MappingNode mapping)) {
            source.problem(node, prefix(subject) + what + " must be a set of 'field: value' lines");
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                source.problem(tuple.getKeyNode(), prefix(subject) + "a field name must be a plain word");
                continue;
            }
            NodeTuple earlier = entries.putIfAbsent(key.getValue(), tuple);
            if (earlier != null) {
                source.problem(key, prefix(subject) + "field '" + key.getValue() + "' appears twice (also on line "
                        + source.lineOf(earlier.getKeyNode()) + "); keep one");
            }
        }
        return Optional.of(new YamlMapping(source, node, subject, entries, source.lineOf(node)));
    }

    /** The same fields, with problems about them named after a new subject. */
    YamlMapping about(String newSubject) {
        YamlMapping renamed = new YamlMapping(source, node, newSubject, entries, startLine);
        renamed.allowed = allowed;
        return renamed;
    }

    /** Where a missing field is reported: for a block such as {@code quiz:}, the line that names it. */
    YamlMapping startingAt(int line) {
        YamlMapping moved = new YamlMapping(source, node, subject, entries, line);
        moved.allowed = allowed;
        return moved;
    }

    String subject() {
        return subject;
    }

    void problem(Node at, String message) {
        source.problem(at, prefix(subject) + message);
    }

    void problem(int line, String message) {
        source.problem(line, prefix(subject) + message);
    }

    /** Reports every field not in {@code allowed}, which is how typos such as {@code pass_mark} surface. */
    void allowOnly(Collection<String> allowed) {
        this.allowed = List.copyOf(allowed);
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (!allowed.contains(key)) {
                Optional<String> meant = closest(key, allowed);
                problem(entry.getValue().getKeyNode(), "unknown field '" + key + "'"
                        + meant.map(m -> " (did you mean '" + m + "'?)")
                                .orElse("; the fields allowed here are " + String.join(", ", allowed)));
            }
        }
    }

    /** A list item known by its {@code id}: its id (if written) and its fields, named after it in problems. */
    record Identified(Optional<String> id, YamlMapping fields) {
    }

    /**
     * Reads an item identified by its {@code id} field: problems then name it "{@code kind} id",
     * fields outside {@code allowed} are reported, and a missing id is reported unless a
     * misspelt field was meant.
     */
    Identified identified(String kind, Collection<String> allowed) {
        Optional<String> id = text("id", false);
        YamlMapping fields = id.map(value -> about(kind + " " + value)).orElse(this);
        fields.allowOnly(allowed);
        if (!fields.has("id")) {
            fields.text("id", true);
        }
        return new Identified(id, fields);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Collection<String> keys() {
        return entries.keySet();
    }

    /** The line where the mapping starts: for a list entry, the line of its first field. */
    int line() {
        return startLine;
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : source.lineOf(tuple.getKeyNode());
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Optional<String> text(String key, boolean required) {
        Optional<Node> value = present(key, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            problem(value.get(), "'" + key + "' must be text, not " + describe(value.get()));
            return Optional.empty();
        }
        String text = isNull(scalar) ? "" : scalar.getValue().strip();
        if (text.isEmpty()) {
            problem(lineOf(key), "'" + key + "' is empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A whole number in [min, max]; {@code max} of {@link Integer#MAX_VALUE} means no upper limit. */
    Optional<Integer> wholeNumber(String key, boolean required, int min, int max) {
        Optional<Node> value = present(key, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String written = value.get() instanceof ScalarNode scalar && !isNull(scalar) ? scalar.getValue().strip() : null;
        if (written != null && WHOLE_NUMBER.matcher(written).matches()) {
            int number = Integer.parseInt(written);
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        }
        String range = max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max;
        problem(value.get(), "'" + key + "' must be a whole number " + range
                + (written == null ? "" : ", not '" + written + "'"));
        return Optional.empty();
    }

    /** A number of hours written whole or with a half ({@code 2}, {@code 2.5}), from more than 0 to {@code max}. */
    Optional<java.math.BigDecimal> halfHours(String key, boolean required, int max) {
        Optional<Node> value = present(key, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String written = value.get() instanceof ScalarNode scalar && !isNull(scalar) ? scalar.getValue().strip() : null;
        if (written != null && HALF_HOURS.matcher(written).matches()) {
            var hours = new java.math.BigDecimal(written);
            if (hours.signum() > 0 && hours.compareTo(java.math.BigDecimal.valueOf(max)) <= 0) {
                return Optional.of(hours.stripTrailingZeros());
            }
        }
        problem(value.get(), "'" + key + "' must be a number of hours above 0 and at most " + max
                + ", whole or with a half (e.g. 3 or 2.5)" + (written == null ? "" : ", not '" + written + "'"));
        return Optional.empty();
    }

    Optional<Boolean> trueOrFalse(String key, boolean required) {
        Optional<Node> value = present(key, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String written = value.get() instanceof ScalarNode scalar && !isNull(scalar) ? scalar.getValue().strip() : "";
        if (written.equalsIgnoreCase("true") || written.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(written));
        }
        problem(value.get(), "'" + key + "' must be true or false" + (written.isEmpty() ? "" : ", not '" + written + "'"));
        return Optional.empty();
    }

    /** The entries of a list; an empty value counts as an empty list. */
    Optional<List<Node>> list(String key, boolean required) {
        Optional<Node> value = present(key, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && isNull(scalar)) {
            return Optional.of(List.of());
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problem(value.get(), "'" + key + "' must be a list, written [a, b] or as lines starting with '- '");
            return Optional.empty();
        }
        return Optional.of(sequence.getValue());
    }

    /** A list of single words or short texts, e.g. {@code [chen-2018, chu-2018]}. */
    Optional<List<Item>> texts(String key, boolean required) {
        return list(key, required).map(nodes -> {
            List<Item> items = new ArrayList<>();
            for (Node entry : nodes) {
                if (entry instanceof ScalarNode scalar && !isNull(scalar) && !scalar.getValue().isBlank()) {
                    items.add(new Item(scalar.getValue().strip(), entry));
                } else {
                    problem(entry, "each entry of '" + key + "' must be a single value, not " + describe(entry));
                }
            }
            return items;
        });
    }

    Optional<YamlMapping> mapping(String key, boolean required) {
        return present(key, required).flatMap(value ->
                YamlMapping.of(value, source, subject, "'" + key + "'")
                        .map(inner -> inner.about(joined(subject, key)).startingAt(lineOf(key))));
    }

    private Optional<Node> present(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required && !misspelt(key)) {
                problem(line(), "missing required field '" + key + "'");
            }
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /** Whether an unknown field is a typo of {@code key}: that problem is reported already, once is enough. */
    private boolean misspelt(String key) {
        return entries.keySet().stream().filter(written -> !allowed.contains(written))
                .anyMatch(written -> closest(written, allowed).filter(key::equals).isPresent());
    }

    static boolean isNull(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a set of fields";
        }
        return node instanceof ScalarNode scalar && isNull(scalar) ? "empty" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static String prefix(String subject) {
        return subject.isEmpty() ? "" : subject + ": ";
    }

    private static String joined(String outer, String inner) {
        return outer.isEmpty() ? inner : outer + ": " + inner;
    }

    /** The allowed field the author most likely meant, if any is close enough to be a typo. */
    static Optional<String> closest(String written, Collection<String> allowed) {
        String normalised = written.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = candidate.equals(normalised) ? 0 : editDistance(normalised, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean typo = best != null && bestDistance <= (best.length() <= 3 ? 1 : 2);
        return typo ? Optional.of(best) : Optional.empty();
    }

    /** Edits needed to turn one word into the other; swapping two neighbouring letters counts as one. */
    private static int editDistance(String a, String b) {
        int[][] distance = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            distance[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            distance[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                distance[i][j] = Math.min(distance[i - 1][j - 1] + cost,
                        Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1));
                boolean swapped = i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
                if (swapped) {
                    distance[i][j] = Math.min(distance[i][j], distance[i - 2][j - 2] + 1);
                }
            }
        }
        return distance[a.length()][b.length()];
    }
}
