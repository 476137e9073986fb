package org.dnacademy.quiz.boundary;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    private String attemptId;
    private String q;
    private Integer position;
    private Attempt attempt;

    public void load() throws IOException {
        if (!ensureLoaded()) {
            Pages.notFound(faces);
            return;
        }
        if (!attempt.isOpen()) {
            Messages.afterRedirect(faces, "This attempt has been submitted.");
            Pages.redirect(faces, "/quiz/review.xhtml?attempt=" + attempt.getId());
        }
    }

    private boolean ensureLoaded() {
        if (attempt != null) {
            return true;
        }
        var parameters = faces.getExternalContext().getRequestParameterMap();
        Long id = Pages.id(attemptId != null ? attemptId : parameters.get("attempt"));
        if (id == null) {
            return false;
        }
        try {
            attempt = quizzes.attempt(currentUser.get().getId(), id);
        } catch (NotFoundException e) {
            return false;
        }
        // A question number out of range (or not a number) opens the nearest question there is.
        Long wanted = Pages.id(q != null ? q : parameters.getOrDefault("q", "1"));
        int count = attempt.getQuestions().size();
        position = wanted == null ? 1 : (int) Math.max(1, Math.min(wanted, count));
        return true;
    }

    /** Saves the answer shown, then opens question {@code target} (0 = the submit page). */
    public void go(int target) throws IOException {
        if (!ensureLoaded()) {
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
            Pages.redirect(faces, attempt.isOpen() && quizzes.attempt(currentUser.get().getId(), attempt.getId()).isOpen()
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
        ensureLoaded();
        return attempt;
    }

    public AttemptQuestion getCurrent() {
        ensureLoaded();
        return attempt.question(position);
    }


    public boolean isMultiple() {
        return getCurrent().getQuestion().getType() == org.dnacademy.training.content.QuestionType.MULTIPLE;
    }

    /** Milliseconds left, for the countdown; -1 when untimed. */
    public long getMillisLeft() {
        ensureLoaded();
        return attempt.timeLeft(clock.instant()).map(java.time.Duration::toMillis).orElse(-1L);
    }

    public String getTimeLeft() {
        long millis = getMillisLeft();
        long seconds = Math.max(0, millis / 1000);
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getPosition() {
        ensureLoaded();
        return position;
    }
}
