package org.dnacademy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dnacademy.training.control.CurriculumLoader;

/** A throw-away copy of the curriculum the server loaded, for tests that change a file and reload. */
public final class CurriculumCopy {

    private CurriculumCopy() {
    }

    /** Inside the server: a copy of the curriculum it loaded. */
    public static Path create() throws IOException {
        return of(CurriculumLoader.curriculumFolder());
    }

    /** A copy of any curriculum folder, named {@code modules} like the original. */
    public static Path of(Path source) throws IOException {
        Path target = Files.createTempDirectory("curriculum-copy-").resolve("modules");
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }
}
