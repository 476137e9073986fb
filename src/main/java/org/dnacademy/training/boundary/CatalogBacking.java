package org.dnacademy.training.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.Progress;

/** {@code training/catalog.xhtml}: the programme's modules with the trainee's status in each. */
@Named
@RequestScoped
public class CatalogBacking {

    @Inject
    Progress progress;

    @Inject
    CurrentUser currentUser;

    private List<ModuleProgress> modules;

    public List<ModuleProgress> getModules() {
        if (modules == null) {
            modules = progress.programme(currentUser.get().getId());
        }
        return modules;
    }

    public long getPassedCount() {
        return getModules().stream().filter(m -> m.getStatus() == org.dnacademy.progress.control.ModuleStatus.PASSED).count();
    }

    /** Whole-programme progress in percent: lessons read and quizzes passed, equally weighted per module. */
    public int getProgrammePercent() {
        if (getModules().isEmpty()) {
            return 0;
        }
        double total = 0;
        for (ModuleProgress module : getModules()) {
            double lessons = module.getLessonCount() == 0 ? 1 : (double) module.getLessonsRead() / module.getLessonCount();
            total += module.getStatus() == org.dnacademy.progress.control.ModuleStatus.PASSED ? 1 : lessons * 0.5;
        }
        return (int) Math.round(100 * total / getModules().size());
    }
}
