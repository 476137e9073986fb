package org.dnacademy.training.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found while reading, so an author sees all of them in one run instead of
 * fixing one file at a time.
 */
final class Problems {

    private final Path root;
    private final List<ContentProblem> found = new ArrayList<>();

    /** @param modulesDir problem paths are shown relative to its parent, e.g. {@code modules/...} */
    Problems(Path modulesDir) {
        Path absolute = modulesDir.toAbsolutePath().normalize();
        this.root = absolute.getParent() != null ? absolute.getParent() : absolute;
    }

    Path relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize());
    }

    void add(Path file, int line, String message) {
        found.add(new ContentProblem(relative(file), Math.max(line, 0), message));
    }

    SourceFile in(Path file) {
        return new SourceFile(this, file, 0);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    /** By file, then line; problems on the same line keep the order they were found in. */
    List<ContentProblem> sorted() {
        List<ContentProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((ContentProblem problem) -> problem.file().toString().replace('\\', '/'))
                .thenComparingInt(ContentProblem::line));
        return sorted;
    }
}
