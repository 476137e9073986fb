package org.dnacademy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dnacademy.training.control.CurriculumLoader;

/** A throw-away copy of the curriculum the server loaded, for tests that change a file and reload. */
public final class CurriculumCopy {

    private CurriculumCopy() {
    }

    public static Path create() throws IOException {
        Path source = CurriculumLoader.curriculumFolder();
        Path target = Files.createTempDirectory("curriculum-copy-");
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
