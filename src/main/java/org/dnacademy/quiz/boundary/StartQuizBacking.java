package org.dnacademy.quiz.boundary;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Messages;
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

    /** From the link's query, and on the form's post from its hidden field of the same name. */
    @Inject
    @Param(name = "module")
    private String moduleParameter;

    private ModuleVersion module;
    private Availability availability;
    private List<Attempt> attempts;

    /** The page's subject: the current version of the module asked for. */
    @PostConstruct
    void find() {
        module = catalog.findCurrent(moduleParameter == null ? "" : moduleParameter).orElse(null);
    }

    /** The view action: a 404 for an unknown module; an attempt whose time ran out is graded before the page says what is possible. */
    public void load() {
        if (module == null) {
            Pages.notFound(faces);
            return;
        }
        quizzes.closeOpenIfOverdue(currentUser.get().getId(), module.getModuleKey());
    }

    public void start() throws IOException {
        if (module == null) {
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
        return module;
    }

    public Availability getAvailability() {
        if (availability == null && module != null) {
            availability = quizzes.availability(currentUser.get().getId(), module.getModuleKey());
        }
        return availability;
    }

    public List<Attempt> getAttempts() {
        if (attempts == null && module != null) {
            attempts = quizzes.attempts(currentUser.get().getId(), module.getModuleKey());
        }
        return attempts;
    }
}
