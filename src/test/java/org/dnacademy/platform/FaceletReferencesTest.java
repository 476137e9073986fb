package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The bundled Mojarra resolves a Facelet reference without a leading slash in a way that can reach
 * a remote URL or a restricted file (CVE-2026-46581, see README). No fixed Mojarra can be had
 * here, so every page refers to other Facelets only by a constant, absolute path, which this test
 * checks across {@code src/main/webapp}; no view id or include path ever comes from a request.
 */
class FaceletReferencesTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "<ui:(include|composition|decorate)\\b[^>]*?\\b(src|template)\\s*=\\s*\"([^\"]*)\"", Pattern.DOTALL);

    @Test
    void everyIncludeTemplateAndDecorationIsAConstantAbsolutePath() throws IOException {
        List<String> problems = new ArrayList<>();
        int references = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher reference = REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    references++;
                    String path = reference.group(3);
                    if (!path.startsWith("/") || path.contains("#{") || path.contains("${") || path.contains("..") || path.contains(":")) {
                        problems.add(file + ": <ui:" + reference.group(1) + " " + reference.group(2) + "=\"" + path + "\">");
                    }
                }
            }
        }
        assertTrue(references > 10, "the pages were found and read: " + references);
        assertTrue(problems.isEmpty(), "Facelet references must be constant paths starting with /:\n" + String.join("\n", problems));
    }

    @Test
    void noBeanChoosesAViewOrIncludeFromTheRequest() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                assertFalse(code.contains("setViewId(") || code.contains("createView(faces, request") || code.contains("getRequestDispatcher(request"),
                        file + " builds a view id from the request");
            }
        }
    }
}
