package org.dnacademy.quiz.boundary;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.quiz.control.Availability;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/** {@code quiz/start.xhtml?module=...}: a module's quiz rules, the trainee's attempts, and start or resume. */
@Named
@RequestScoped
public class StartQuizBacking {

    @Inject
    Quizzes quizzes;

    @Inject
    CurriculumCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.dnacademy.identity.control.Accounts accounts;

    @Inject
    FacesContext faces;

    private String moduleKey;
    private ModuleVersion module;
    private Availability availability;
    private List<Attempt> attempts;

    public void load() {
        if (!ensureLoaded()) {
            Pages.notFound(faces);
        }
    }

    private boolean ensureLoaded() {
        if (module != null) {
            return true;
        }
        String key = moduleKey != null ? moduleKey : faces.getExternalContext().getRequestParameterMap().getOrDefault("module", "");
        try {
            module = catalog.current(key);
        } catch (NotFoundException e) {
            return false;
        }
        long account = currentUser.get().getId();
        availability = quizzes.availability(account, module.getModuleKey());
        attempts = quizzes.attempts(account, module.getModuleKey());
        return true;
    }

    public void start() throws IOException {
        if (!ensureLoaded()) {
            Pages.notFound(faces);
            return;
        }
        long attemptId;
        try {
            attemptId = quizzes.startOrResume(currentUser.get().getId(), module.getModuleKey());
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Pages.redirect(faces, "/quiz/take.xhtml?attempt=" + attemptId + "&q=1");
    }

    /** Sends a new link to confirm the e-mail address, which the quizzes need. */
    public void resendConfirmation() {
        try {
            accounts.resendConfirmation(currentUser.get().getId());
            Messages.info(faces, "A new link is on its way to " + currentUser.getEmail() + ". Open it to confirm your address.");
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
        }
    }

    public ModuleVersion getModule() {
        ensureLoaded();
        return module;
    }

    public Availability getAvailability() {
        ensureLoaded();
        return availability;
    }

    public List<Attempt> getAttempts() {
        ensureLoaded();
        return attempts;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }
}
