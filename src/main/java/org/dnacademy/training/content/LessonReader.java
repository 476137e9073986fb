package org.dnacademy.training.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/** Reads one lesson file: its header (front matter) and its Markdown body. */
final class LessonReader {

    private static final String HEADER_LINE = "---";

    private final Problems problems;
    private final ReferenceBook references;
    private final String referencesFile;
    private final Set<String> imageNames;
    private final String imagesFolder;
    private final LessonRenderer renderer;

    /**
     * @param referencesFile how to name references.yaml in messages
     * @param imagesFolder   how to name the module's images folder in messages
     */
    LessonReader(Problems problems, ReferenceBook references, String referencesFile, String moduleId,
            Set<String> imageNames, String imagesFolder) {
        this.problems = problems;
        this.references = references;
        this.referencesFile = referencesFile;
        this.imageNames = imageNames;
        this.imagesFolder = imagesFolder;
        this.renderer = new LessonRenderer(moduleId);
    }

    /** The lesson, when it has no problem, and the keys it cites either way. */
    record Result(Optional<LessonContent> lesson, List<String> citedKeys) {
    }

    Result read(Path file, int position) {
        SourceFile source = problems.in(file);
        int problemsBefore = problems.count();
        Optional<String> text = TextFiles.read(file, source);
        if (text.isEmpty()) {
            return new Result(Optional.empty(), List.of());
        }
        List<String> lines = Arrays.asList(text.get().split("\n", -1));
        Optional<String> title = Optional.empty();
        int bodyStart = 0;
        if (!lines.get(0).strip().equals(HEADER_LINE)) {
            source.problem(1, "a lesson must start with a header: a line '---', a line 'title: ...' and another line '---'");
        } else {
            int headerEnd = findHeaderEnd(lines);
            if (headerEnd < 0) {
                source.problem(1, "the header that starts here is not closed by a second '---' line");
                return new Result(Optional.empty(), List.of());
            }
            title = readTitle(String.join("\n", lines.subList(1, headerEnd)), source);
            bodyStart = headerEnd + 1;
        }
        String body = String.join("\n", lines.subList(bodyStart, lines.size()));
        RenderedLesson rendered = renderer.render(body);
        checkBody(rendered, source, bodyStart);
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        List<Reference> cited = rendered.citedKeys().stream().flatMap(key -> references.find(key).stream()).toList();
        Optional<LessonContent> lesson = problems.count() > problemsBefore || title.isEmpty() ? Optional.empty()
                : Optional.of(new LessonContent(slug, position, title.get(), rendered.html(), cited));
        return new Result(lesson, rendered.citedKeys());
    }

    private static int findHeaderEnd(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(HEADER_LINE)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> readTitle(String header, SourceFile source) {
        SourceFile headerSource = source.shiftedBy(1);
        Optional<org.yaml.snakeyaml.nodes.Node> root = YamlDocument.parse(header, headerSource);
        if (root.isEmpty()) {
            if (!header.isBlank()) {
                return Optional.empty(); // a syntax error, already reported
            }
            source.problem(2, "the header has no 'title: ...' line");
            return Optional.empty();
        }
        return YamlMapping.of(root.get(), headerSource, "", "the header").flatMap(fields -> {
            fields.allowOnly(List.of("title"));
            return fields.text("title", true);
        });
    }

    /** @param lineOffset lines of the file before the body */
    private void checkBody(RenderedLesson rendered, SourceFile source, int lineOffset) {
        if (rendered.citations().isEmpty()) {
            source.problem(0, "the lesson cites no source; cite every clinical claim with [@key], the key from " + referencesFile);
        }
        for (RenderedLesson.Citation citation : rendered.citations()) {
            if (!references.isKnown(citation.key())) {
                source.problem(fileLine(citation.line(), lineOffset), "unknown reference [@" + citation.key()
                        + "]; known keys are in " + referencesFile);
            }
        }
        for (RenderedLesson.Found malformed : rendered.malformedCitations()) {
            source.problem(fileLine(malformed.line(), lineOffset), "'" + malformed.text()
                    + "' is not a citation: write [@key], or [@key1; @key2] for several, with keys from " + referencesFile);
        }
        for (RenderedLesson.Found html : rendered.rawHtml()) {
            source.problem(fileLine(html.line(), lineOffset), "HTML is not allowed in lessons ('" + html.text()
                    + "'): use Markdown instead; trainees would see the HTML as text");
        }
        for (RenderedLesson.Image image : rendered.images()) {
            checkImage(image, source, fileLine(image.line(), lineOffset));
        }
    }

    private void checkImage(RenderedLesson.Image image, SourceFile source, int line) {
        if (image.altText().isEmpty()) {
            source.problem(line, "image '" + image.source() + "' has no alt text: write what it shows in the square brackets, ![...]("
                    + image.source() + ")");
        }
        Matcher local = LessonRenderer.MODULE_IMAGE.matcher(image.source());
        if (!local.matches()) {
            source.problem(line, "image '" + image.source() + "' must be a file in this module's images folder, written ../images/<file name>");
            return;
        }
        String name = local.group(1);
        if (!ModuleImages.hasAllowedExtension(name)) {
            source.problem(line, "image '" + name + "' must be an SVG, PNG or JPG file (" + String.join(", ", ModuleImages.ALLOWED_EXTENSIONS) + ")");
        } else if (!imageNames.contains(name)) {
            source.problem(line, "image file '" + name + "' not found in " + imagesFolder);
        }
    }

    private static int fileLine(int bodyLine, int lineOffset) {
        return bodyLine == 0 ? 0 : bodyLine + lineOffset;
    }
}
