package org.dnacademy.quiz.boundary;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

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
import org.dnacademy.quiz.entity.AttemptQuestion;

/**
 * {@code quiz/take.xhtml?attempt=...&q=...}: one question of an open attempt, with the question
 * map. Every button saves the answer on the page before moving; {@code quiz.js} also saves each
 * change as it happens. The page never contains which options are correct.
 */
@Named
@RequestScoped
public class TakeQuizBacking {

    @Inject
    Quizzes quizzes;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    java.time.Clock clock;

    /** From the link's query, and on the form's post from its hidden field of the same name. */
    @Inject
    @Param(name = "attempt")
    private String attemptParameter;

    @Inject
    @Param(name = "q")
    private String questionParameter;

    private Attempt attempt;
    private int position;

    /** The page's subject: the viewer's own attempt (never anyone else's) and the question asked for. */
    @PostConstruct
    void find() {
        Long id = Pages.id(attemptParameter);
        if (id == null) {
            return;
        }
        try {
            attempt = quizzes.attempt(currentUser.get().getId(), id);
        } catch (NotFoundException e) {
            return;
        }
        // A question number out of range (or not a number) opens the nearest question there is.
        Long wanted = Pages.id(questionParameter == null ? "1" : questionParameter);
        int count = attempt.getQuestions().size();
        position = wanted == null ? 1 : (int) Math.max(1, Math.min(wanted, count));
    }

    /** The view action: a 404 for an attempt that is not the viewer's; a submitted (or timed-out) one opens its review. */
    public void load() throws IOException {
        if (attempt == null) {
            Pages.notFound(faces);
            return;
        }
        attempt = quizzes.closeIfOverdue(currentUser.get().getId(), attempt.getId());
        if (!attempt.isOpen()) {
            Messages.afterRedirect(faces, "This attempt has been submitted.");
            Pages.redirect(faces, "/quiz/review.xhtml?attempt=" + attempt.getId());
        }
    }

    /** Saves the answer shown, then opens question {@code target} (0 = the submit page). */
    public void go(int target) throws IOException {
        if (attempt == null) {
            Pages.notFound(faces);
            return;
        }
        var values = faces.getExternalContext().getRequestParameterValuesMap();
        Set<String> chosen = Set.copyOf(Arrays.asList(values.getOrDefault("answer", new String[0])));
        boolean flagged = values.containsKey("flagged");
        int revision = parseRevision(values.get("revision"));
        try {
            quizzes.answer(currentUser.get().getId(), attempt.getId(), position, chosen, flagged, revision);
        } catch (RejectedException e) {
            Messages.afterRedirect(faces, e.getMessage());
            Pages.redirect(faces, quizzes.attempt(currentUser.get().getId(), attempt.getId()).isOpen()
                    ? "/quiz/take.xhtml?attempt=" + attempt.getId() + "&q=" + position
                    : "/quiz/review.xhtml?attempt=" + attempt.getId());
            return;
        }
        Pages.redirect(faces, target == 0
                ? "/quiz/submit.xhtml?attempt=" + attempt.getId()
                : "/quiz/take.xhtml?attempt=" + attempt.getId() + "&q=" + target);
    }


    /** The revision the form posted; 0 (always older than any saved answer) when it is missing or malformed. */
    private static int parseRevision(String[] value) {
        Long revision = value == null ? null : Pages.id(value[0]);
        return revision == null || revision > Integer.MAX_VALUE ? 0 : revision.intValue();
    }

    /** The revision a save from this page makes (quiz.js adds one per change). */
    public int getNextRevision() {
        return getCurrent().getRevision() + 1;
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public AttemptQuestion getCurrent() {
        return attempt.question(position);
    }


    public boolean isMultiple() {
        return getCurrent().getQuestion().getType() == org.dnacademy.training.content.QuestionType.MULTIPLE;
    }

    /** Milliseconds left, for the countdown; -1 when untimed. */
    public long getMillisLeft() {
        return attempt.timeLeft(clock.instant()).map(java.time.Duration::toMillis).orElse(-1L);
    }

    public String getTimeLeft() {
        long millis = getMillisLeft();
        long seconds = Math.max(0, millis / 1000);
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public int getPosition() {
        return position;
    }
}
