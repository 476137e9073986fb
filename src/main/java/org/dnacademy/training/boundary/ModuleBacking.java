package org.dnacademy.training.boundary;

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

    private String moduleKey;
    private ModuleVersion module;
    private ModuleProgress trainee;

    public void load() {
        try {
            module = catalog.current(moduleKey == null ? "" : moduleKey);
            if (currentUser.isTrainee()) {
                trainee = progress.of(currentUser.get().getId(), module.getModuleKey());
            }
        } catch (NotFoundException e) {
            Pages.notFound(faces);
        }
    }

    public ModuleVersion getModule() {
        return module;
    }

    /** The signed-in trainee's progress, or null for supervisors and administrators previewing. */
    public ModuleProgress getTrainee() {
        return trainee;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }
}
