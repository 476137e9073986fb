package org.dnacademy.records.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Pages;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.records.control.Cohorts;

/** {@code records/attempt.xhtml?id=...}: a submitted attempt, question by question, for its trainee's supervisors. */
@Named
@RequestScoped
public class AttemptRecordBacking {

    @Inject
    Quizzes quizzes;

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Attempt attempt;

    /** The page's subject: a submitted attempt of a trainee the viewer may see. */
    @PostConstruct
    void find() {
        Long wanted = Pages.id(idParameter);
        attempt = wanted == null ? null : quizzes.find(wanted)
                .filter(a -> !a.isOpen())
                .filter(a -> cohorts.maySee(currentUser.get(), a.getAccountId()))
                .orElse(null);
    }

    /** The view action: a 404 for an attempt the viewer may not see. */
    public void load() {
        if (attempt == null) {
            Pages.notFound(faces);
        }
    }

    public Attempt getAttempt() {
        return attempt;
    }
}
