package org.dnacademy.training.content;

import java.util.List;

/**
 * A lesson body as HTML, with what the reader needs to check it. All lines are 1-based lines of
 * the Markdown that was rendered.
 *
 * @param citedKeys          every key cited, in citation-number order (the first is number 1)
 * @param citations          every citation as written, for reporting unknown keys where they are
 * @param malformedCitations texts that look like a citation but are not written as one
 * @param images             every image, with its source as written
 * @param rawHtml            every piece of HTML found (it was escaped, so it shows as text)
 */
public record RenderedLesson(String html, List<String> citedKeys, List<Citation> citations,
        List<Found> malformedCitations, List<Image> images, List<Found> rawHtml) {

    public RenderedLesson {
        citedKeys = List.copyOf(citedKeys);
        citations = List.copyOf(citations);
        malformedCitations = List.copyOf(malformedCitations);
        images = List.copyOf(images);
        rawHtml = List.copyOf(rawHtml);
    }

    public record Citation(int line, String key) {
    }

    public record Image(int line, String altText, String source) {
    }

    public record Found(int line, String text) {
    }
}
