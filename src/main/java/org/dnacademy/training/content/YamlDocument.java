package org.dnacademy.training.content;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML into SnakeYAML's node tree rather than into objects, because nodes keep the line of
 * every key and list item, which the problem messages need.
 */
final class YamlDocument {

    private YamlDocument() {
    }

    /** The root node, or empty when the text is empty or not valid YAML (reported). */
    static Optional<Node> parse(String text, SourceFile source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            source.problem(mark == null ? 0 : source.lineOf(mark), "YAML syntax error: " + describe(e, source));
            return Optional.empty();
        } catch (YAMLException e) {
            source.problem(0, "cannot be read as YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String describe(MarkedYAMLException e, SourceFile source) {
        String problem = e.getProblem() != null ? e.getProblem().strip() : e.getMessage().strip();
        StringBuilder message = new StringBuilder(problem);
        if (e.getContext() != null && !e.getContext().isBlank()) {
            message.append(" (").append(e.getContext().strip());
            if (e.getContextMark() != null) {
                message.append(" that starts on line ").append(source.lineOf(e.getContextMark()));
            }
            message.append(')');
        }
        return message + hint(problem);
    }

    /** The usual causes, in words an author can act on. */
    private static String hint(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "; text that contains ': ' must be put in double quotes";
        }
        if (problem.contains("\\t")) {
            return "; indent with spaces, not tabs";
        }
        return "";
    }
}
