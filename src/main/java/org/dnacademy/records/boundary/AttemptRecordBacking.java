package org.dnacademy.records.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    private String id;
    private Attempt attempt;

    public void load() {
        Long wanted = Pages.id(id);
        attempt = wanted == null ? null : quizzes.find(wanted)
                .filter(a -> !a.isOpen())
                .filter(a -> cohorts.maySee(currentUser.get(), a.getAccountId()))
                .orElse(null);
        if (attempt == null) {
            Pages.notFound(faces);
        }
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
