package org.dnacademy.training.content;

import java.nio.file.Path;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A file being read, where problems are reported. The line offset is for YAML that does not start
 * at the top of its file (a lesson's front matter starts on line 2).
 */
final class SourceFile {

    private final Problems problems;
    private final Path path;
    private final int lineOffset;

    SourceFile(Problems problems, Path path, int lineOffset) {
        this.problems = problems;
        this.path = path;
        this.lineOffset = lineOffset;
    }

    SourceFile shiftedBy(int lines) {
        return new SourceFile(problems, path, lineOffset + lines);
    }

    Path path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    /** 1-based line of the node in the file. */
    int lineOf(Node node) {
        return lineOf(node.getStartMark());
    }

    int lineOf(Mark mark) {
        return mark.getLine() + 1 + lineOffset;
    }

    void problem(int line, String message) {
        problems.add(path, line, message);
    }

    void problem(Node node, String message) {
        problem(lineOf(node), message);
    }
}
