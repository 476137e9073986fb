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

/**
 * {@code quiz/review.xhtml?attempt=...}: the result of a submitted attempt and every question with
 * the trainee's answer, the correct answer, feedback, explanation and sources.
 */
@Named
@RequestScoped
public class ReviewBacking {

    @Inject
    Quizzes quizzes;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String attemptId;
    private Attempt attempt;
    private org.dnacademy.quiz.control.ReviewLevel level;

    public void load() throws IOException {
        try {
            Long id = Pages.id(attemptId);
            attempt = quizzes.attempt(currentUser.get().getId(), id == null ? -1 : id);
        } catch (NotFoundException e) {
            Pages.notFound(faces);
            return;
        }
        if (attempt.isOpen()) {
            // The answers are not shown before the attempt is submitted.
            Pages.redirect(faces, "/quiz/take.xhtml?attempt=" + attempt.getId() + "&q=1");
            return;
        }
        level = quizzes.reviewLevel(currentUser.get().getId(), attempt);
    }

    /** How much of the attempt the trainee may see now (see {@link org.dnacademy.quiz.control.ReviewLevel}). */
    public org.dnacademy.quiz.control.ReviewLevel getLevel() {
        return level;
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }
}
