package org.dnacademy.testing;

import java.nio.file.Path;
import java.util.List;

import org.dnacademy.training.content.Curriculum;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.content.LessonContent;
import org.dnacademy.training.content.ModuleContent;

/**
 * The real curriculum in {@code modules/}, read the way the server reads it, so tests that run
 * outside the server derive lesson counts, slugs and module order from the files instead of
 * repeating them (a new lesson must not break a test about reading).
 */
public final class RealModules {

    private static Curriculum curriculum;

    private RealModules() {
    }

    /** Every module in programme order. */
    public static synchronized List<ModuleContent> all() {
        if (curriculum == null) {
            curriculum = CurriculumReader.read(Path.of("modules"));
        }
        return curriculum.modules();
    }

    public static ModuleContent module(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module " + id + " in modules/"));
    }

    /** The module's lesson slugs in reading order. */
    public static List<String> lessonSlugs(String moduleId) {
        return module(moduleId).lessons().stream().map(LessonContent::slug).toList();
    }

    public static int lessonCount(String moduleId) {
        return module(moduleId).lessons().size();
    }

    /** A module that has prerequisites, and so starts locked for a new trainee. */
    public static ModuleContent firstLockedModule() {
        return all().stream().filter(m -> !m.prerequisites().isEmpty()).findFirst().orElseThrow();
    }

    /** The trainee behind {@code client} marks every lesson of the module read, through the lesson pages. */
    public static void readAllLessons(WebClient client, String moduleId) {
        for (String lesson : lessonSlugs(moduleId)) {
            client.submit(client.get("/training/lesson.xhtml?module=" + moduleId + "&lesson=" + lesson), "progress", java.util.Map.of(), "read");
        }
    }
}
