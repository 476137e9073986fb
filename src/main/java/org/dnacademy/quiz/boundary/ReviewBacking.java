package org.dnacademy.quiz.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

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

    @Inject
    @Param(name = "attempt")
    private String attemptParameter;

    private Attempt attempt;
    private org.dnacademy.quiz.control.ReviewLevel level;

    /** The view action: the viewer's own submitted attempt (a 404 for anyone else's); an open one goes back to its questions. */
    public void load() throws IOException {
        Long id = Pages.id(attemptParameter);
        try {
            attempt = quizzes.closeIfOverdue(currentUser.get().getId(), id == null ? -1 : id);
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
}
