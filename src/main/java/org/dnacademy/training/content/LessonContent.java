package org.dnacademy.training.content;

import java.util.List;
import java.util.Objects;

/**
 * One lesson, rendered.
 *
 * @param slug       the file name without {@code .md}
 * @param position   1 for the first lesson of the module
 * @param html       the body as safe HTML, headings from h2 down (the page owns the h1)
 * @param references the cited sources, the first one being citation number 1; the page prints them
 *                   as the lesson's References section with anchors {@code ref-1}, {@code ref-2}...
 */
public record LessonContent(String slug, int position, String title, String html, List<Reference> references) {

    public LessonContent {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(html, "html");
        references = List.copyOf(references);
    }
}
