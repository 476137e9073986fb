package org.dnacademy.training.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong in the curriculum files, worded for the clinician who wrote them.
 *
 * @param file relative to the parent of the modules folder, e.g. {@code modules/04-safety/questions.yaml}
 * @param line 1-based; 0 when the problem is about the whole file or folder
 */
public record ContentProblem(Path file, int line, String message) {

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code modules/04-safety/questions.yaml:212: question safety-q14: ...}, the form editors link. */
    @Override
    public String toString() {
        String where = file.toString().replace('\\', '/');
        return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
    }
}
