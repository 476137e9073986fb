package org.dnacademy.trainee.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Pages;
import org.dnacademy.progress.control.LearningHours;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/** {@code training/module.xhtml?module=...}: one module's summary, lessons, quiz and certificate state. */
@Named
@RequestScoped
public class ModuleBacking {

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
    @Param(name = "module")
    private String moduleParameter;

    private ModuleVersion module;
    private ModuleProgress trainee;

    /** The page's subject: the module's current version, and the trainee's progress in it. */
    @PostConstruct
    void find() {
        module = catalog.findCurrent(moduleParameter == null ? "" : moduleParameter).orElse(null);
        if (module != null && currentUser.isTrainee()) {
            trainee = progress.of(currentUser.get().getId(), module);
        }
    }

    /** The view action: a 404 for an unknown module. */
    public void load() {
        if (module == null) {
            Pages.notFound(faces);
        }
    }

    public ModuleVersion getModule() {
        return module;
    }

    /** Engaged reading time in this module version's lessons, in whole minutes. */
    public long getReadingMinutes() {
        return trainee == null ? 0 : learningHours.readingTime(currentUser.get().getId(), module).toMinutes();
    }

    /** The signed-in trainee's progress, or null for supervisors and administrators previewing. */
    public ModuleProgress getTrainee() {
        return trainee;
    }
}
