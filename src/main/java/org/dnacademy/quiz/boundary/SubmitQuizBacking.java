package org.dnacademy.quiz.boundary;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
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

    /** From the link's query, and on the form's post from its hidden field of the same name. */
    @Inject
    @Param(name = "attempt")
    private String attemptParameter;

    private Attempt attempt;

    /** The page's subject: the viewer's own attempt, never anyone else's. */
    @PostConstruct
    void find() {
        Long id = Pages.id(attemptParameter);
        try {
            attempt = id == null ? null : quizzes.attempt(currentUser.get().getId(), id);
        } catch (NotFoundException e) {
            attempt = null;
        }
    }

    /** The view action: a 404 for an attempt that is not the viewer's; a submitted (or timed-out) one opens its review. */
    public void load() throws IOException {
        if (attempt == null) {
            Pages.notFound(faces);
            return;
        }
        attempt = quizzes.closeIfOverdue(currentUser.get().getId(), attempt.getId());
        if (!attempt.isOpen()) {
            Pages.redirect(faces, "/quiz/review.xhtml?attempt=" + attempt.getId());
        }
    }

    public void submit() throws IOException {
        if (attempt == null) {
            Pages.notFound(faces);
            return;
        }
        try {
            quizzes.submit(currentUser.get().getId(), attempt.getId());
        } catch (RejectedException busy) {
            // Nothing was graded (the database stayed too busy through every retry): the same page, with the reason.
            Messages.error(faces, busy.getMessage());
            return;
        }
        Pages.redirect(faces, "/quiz/review.xhtml?attempt=" + attempt.getId());
    }

    public Attempt getAttempt() {
        return attempt;
    }
}
