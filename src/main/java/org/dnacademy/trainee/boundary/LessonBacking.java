package org.dnacademy.trainee.boundary;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Pages;
import org.dnacademy.progress.control.LearningHours;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.Lesson;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * {@code training/lesson.xhtml?module=...&lesson=...}: one lesson with its references, previous and
 * next. A trainee finishes it with "Mark as read", which is recorded on the server. Lessons of a
 * module that is still locked for the trainee are not shown.
 */
@Named
@RequestScoped
public class LessonBacking {

    @Inject
    CurriculumCatalog catalog;

    @Inject
    Progress progress;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    LearningHours learningHours;

    @Inject
    LessonArticles articles;


    private ModuleVersion module;
    private Lesson lesson;
    private ModuleProgress trainee;

    /** The page's subject: the lesson of the module's current version, and the trainee's progress in it. */
    @PostConstruct
    void find() {
        // From the link's query, and on the form's post from its hidden fields of the same names.
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String moduleParameter = parameters.get("module");
        String lessonParameter = parameters.get("lesson");
        module = catalog.findCurrent(moduleParameter == null ? "" : moduleParameter).orElse(null);
        lesson = module == null ? null
                : module.getLessons().stream().filter(l -> l.getSlug().equals(lessonParameter)).findFirst().orElse(null);
        if (lesson != null && currentUser.isTrainee()) {
            trainee = progress.of(currentUser.get().getId(), module);
        }
    }

    /** The view action: a 404 when the module or lesson does not exist. */
    public void load() {
        if (lesson == null) {
            Pages.notFound(faces);
        }
    }

    /** Records the lesson as read and moves on to the next lesson, or back to the module after the last. */
    public void markRead() throws IOException {
        if (lesson == null || trainee == null || trainee.isLocked()) {
            Pages.notFound(faces);
            return;
        }
        progress.lessonRead(currentUser.get().getId(), lesson);
        Lesson next = getNext();
        Pages.redirect(faces, next == null
                ? "/training/module.xhtml?module=" + module.getModuleKey() + "&read=" + lesson.getSlug()
                : "/training/lesson.xhtml?module=" + module.getModuleKey() + "&lesson=" + next.getSlug());
    }

    public boolean isLocked() {
        return trainee != null && trainee.isLocked();
    }

    public boolean isRead() {
        return trainee != null && trainee.isRead(lesson);
    }

    public Lesson getPrevious() {
        List<Lesson> lessons = module.getLessons();
        int index = lessons.indexOf(lesson);
        return index > 0 ? lessons.get(index - 1) : null;
    }

    public Lesson getNext() {
        List<Lesson> lessons = module.getLessons();
        int index = lessons.indexOf(lesson);
        return index + 1 < lessons.size() ? lessons.get(index + 1) : null;
    }

    public ModuleVersion getModule() {
        return module;
    }

    public Lesson getLesson() {
        return lesson;
    }

    /** The lesson's title, body and references, the same for every reader (see {@link LessonArticles}). */
    public String getArticle() {
        return articles.of(lesson);
    }

    public ModuleProgress getTrainee() {
        return trainee;
    }

    /** Engaged reading time the server has counted for this trainee in this lesson, in whole minutes. */
    public long getReadingMinutes() {
        return trainee == null ? 0 : learningHours.readingIn(currentUser.get().getId(), lesson.getId()).toMinutes();
    }
}
