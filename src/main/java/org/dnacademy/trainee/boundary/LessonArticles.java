package org.dnacademy.trainee.boundary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.dnacademy.platform.MailTemplates;
import org.dnacademy.training.entity.Lesson;
import org.dnacademy.training.entity.LessonReference;

/**
 * The part of a lesson page that is the same for every reader: its title, its body (rendered and
 * sanitised when the files were loaded) and its numbered references, as one piece of HTML made once
 * per lesson and kept in memory. A lesson of a module version never changes, so the piece never goes
 * stale; there is one per lesson ever shown (a few kilobytes each). The page only adds what is the
 * reader's own (read or not, reading time, the next step).
 */
@ApplicationScoped
public class LessonArticles {

    private final Map<Long, String> articles = new ConcurrentHashMap<>();

    public String of(Lesson lesson) {
        return articles.computeIfAbsent(lesson.getId(), id -> render(lesson));
    }

    static String render(Lesson lesson) {
        StringBuilder html = new StringBuilder(lesson.getHtml().length() + 2048);
        html.append("<h1>").append(MailTemplates.escape(lesson.getTitle())).append("</h1>\n");
        html.append(lesson.getHtml()).append('\n');
        html.append("<section aria-labelledby=\"references-heading\" class=\"references\">\n")
                .append("<h2 id=\"references-heading\">References</h2>\n<ol>\n");
        int number = 1;
        for (LessonReference reference : lesson.getReferences()) {
            html.append("<li id=\"ref-").append(number++).append("\">").append(MailTemplates.escape(reference.getCitation()));
            if (reference.getDoi() != null) {
                html.append(" doi:").append(MailTemplates.escape(reference.getDoi()));
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</section>").toString();
    }
}
