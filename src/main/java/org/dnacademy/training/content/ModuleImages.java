package org.dnacademy.training.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The diagrams in a module's {@code images/} folder, which the lesson pages serve. */
final class ModuleImages {

    static final List<String> ALLOWED_EXTENSIONS = List.of(".svg", ".png", ".jpg");

    /** Names that are safe as one segment of a URL path and in every file system. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * What makes an SVG active content. An SVG opened on its own runs its scripts with the site's
     * rights, so a diagram must be a picture and nothing more.
     */
    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "<script|<foreignobject|<iframe|<embed|<object|javascript:|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private ModuleImages() {
    }

    static boolean hasAllowedExtension(String fileName) {
        return ALLOWED_EXTENSIONS.stream().anyMatch(fileName::endsWith);
    }

    /** File name to bytes; a missing folder means a module without images. */
    static Map<String, byte[]> read(Path folder, Problems problems) {
        Map<String, byte[]> images = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return images;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                SourceFile source = problems.in(file);
                if (!Files.isRegularFile(file)) {
                    source.problem(0, "images/ may hold only image files, not folders");
                } else if (!hasAllowedExtension(name)) {
                    source.problem(0, "images must be SVG, PNG or JPG files with a name ending in "
                            + String.join(", ", ALLOWED_EXTENSIONS));
                } else if (!FILE_NAME.matcher(name).matches()) {
                    source.problem(0, "image file names may use only letters, digits, '-', '_' and '.'");
                } else {
                    byte[] bytes = Files.readAllBytes(file);
                    if (name.endsWith(".svg")) {
                        checkSvgIsInert(new String(bytes, StandardCharsets.UTF_8), source);
                    }
                    images.put(name, bytes);
                }
            }
        } catch (IOException e) {
            problems.add(folder, 0, "cannot be read: " + e.getMessage());
        }
        return images;
    }

    private static void checkSvgIsInert(String svg, SourceFile source) {
        Matcher active = ACTIVE_SVG.matcher(svg);
        if (active.find()) {
            int line = (int) svg.substring(0, active.start()).chars().filter(c -> c == '\n').count() + 1;
            source.problem(line, "an SVG diagram must not contain scripts, event handlers or embedded content ('"
                    + active.group().strip() + "')");
        }
    }
}
