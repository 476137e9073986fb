package org.dnacademy.training.boundary;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
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

    private String moduleKey;
    private String slug;
    private ModuleVersion module;
    private Lesson lesson;
    private ModuleProgress trainee;

    /** The view action: a 404 when the module or lesson does not exist. */
    public void load() {
        if (!ensureLoaded()) {
            Pages.notFound(faces);
        }
    }

    /**
     * Loads module, lesson and the trainee's progress once per request. The keys come from the view
     * parameters, or on a form post from the form's own hidden fields (view parameters are applied
     * only after the page's components have already asked for the lesson).
     */
    private boolean ensureLoaded() {
        if (lesson != null) {
            return true;
        }
        var parameters = faces.getExternalContext().getRequestParameterMap();
        String key = moduleKey != null ? moduleKey : parameters.getOrDefault("module", "");
        String wanted = slug != null ? slug : parameters.getOrDefault("lesson", "");
        try {
            module = catalog.current(key);
        } catch (NotFoundException e) {
            return false;
        }
        lesson = module.getLessons().stream().filter(l -> l.getSlug().equals(wanted)).findFirst().orElse(null);
        if (lesson == null) {
            return false;
        }
        if (currentUser.isTrainee()) {
            trainee = progress.of(currentUser.get().getId(), module.getModuleKey());
        }
        return true;
    }

    /** Records the lesson as read and moves on to the next lesson, or back to the module after the last. */
    public void markRead() throws IOException {
        if (!ensureLoaded() || trainee == null || trainee.isLocked()) {
            Pages.notFound(faces);
            return;
        }
        progress.lessonRead(currentUser.get().getId(), lesson);
        Lesson next = getNext();
        Pages.redirect(faces, (next == null
                ? "/training/module.xhtml?module=" + module.getModuleKey() + "&read=" + lesson.getSlug()
                : "/training/lesson.xhtml?module=" + module.getModuleKey() + "&lesson=" + next.getSlug()));
    }

    public boolean isLocked() {
        ensureLoaded();
        return trainee != null && trainee.isLocked();
    }

    public boolean isRead() {
        ensureLoaded();
        return trainee != null && trainee.isRead(lesson);
    }

    public Lesson getPrevious() {
        ensureLoaded();
        List<Lesson> lessons = module.getLessons();
        int index = lessons.indexOf(lesson);
        return index > 0 ? lessons.get(index - 1) : null;
    }

    public Lesson getNext() {
        ensureLoaded();
        List<Lesson> lessons = module.getLessons();
        int index = lessons.indexOf(lesson);
        return index + 1 < lessons.size() ? lessons.get(index + 1) : null;
    }

    public ModuleVersion getModule() {
        ensureLoaded();
        return module;
    }

    public Lesson getLesson() {
        ensureLoaded();
        return lesson;
    }

    public ModuleProgress getTrainee() {
        ensureLoaded();
        return trainee;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
