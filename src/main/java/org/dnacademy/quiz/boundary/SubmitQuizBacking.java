package org.dnacademy.quiz.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;

/** {@code quiz/submit.xhtml?attempt=...}: the last check before grading, warning of unanswered questions. */
@Named
@RequestScoped
public class SubmitQuizBacking {

    @Inject
    Quizzes quizzes;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String attemptId;
    private Attempt attempt;

    public void load() throws IOException {
        if (!ensureLoaded()) {
            Pages.notFound(faces);
        } else if (!attempt.isOpen()) {
            Pages.redirect(faces, "/quiz/review.xhtml?attempt=" + attempt.getId());
        }
    }

    private boolean ensureLoaded() {
        if (attempt != null) {
            return true;
        }
        try {
            Long id = Pages.id(attemptId != null ? attemptId : faces.getExternalContext().getRequestParameterMap().get("attempt"));
            if (id == null) {
                return false;
            }
            attempt = quizzes.attempt(currentUser.get().getId(), id);
            return true;
        } catch (NumberFormatException | NotFoundException e) {
            return false;
        }
    }

    public void submit() throws IOException {
        if (!ensureLoaded()) {
            Pages.notFound(faces);
            return;
        }
        quizzes.submit(currentUser.get().getId(), attempt.getId());
        Pages.redirect(faces, "/quiz/review.xhtml?attempt=" + attempt.getId());
    }


    public Attempt getAttempt() {
        ensureLoaded();
        return attempt;
    }

    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }
}
