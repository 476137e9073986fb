package org.dnacademy.quiz.boundary;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.AttemptClosedException;
import org.dnacademy.quiz.entity.StaleAnswerException;

/**
 * Saves an answer the moment it is given ({@code quiz.js} posts each change), so closing the
 * browser loses nothing. Answers {@code 204} when saved; otherwise JSON with a message:
 * {@code 410} when the attempt is submitted or out of time, {@code 409} when a newer answer is
 * already saved, {@code 400} for an option, question or revision that is not valid, {@code 404}
 * for someone else's attempt, {@code 403} without the custom header (which cannot be sent
 * cross-site without a CORS preflight this server never grants), {@code 415} for a body that is
 * not a form. Signed-out callers get {@code 401} from the access filter.
 */
@Path("attempts/{attempt}/questions/{position}")
public class AutosaveResource {

    static final String HEADER = "X-DNA-Autosave";

    @Inject
    Quizzes quizzes;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("attempt") String attempt, @PathParam("position") String position,
            @FormParam("answer") List<String> answer, @FormParam("flagged") String flagged,
            @FormParam("revision") String revision, @HeaderParam(HEADER) String header) {
        if (!"1".equals(header) || !currentUser.isTrainee()) {
            return answer(Response.Status.FORBIDDEN, "Answers are saved from the quiz page only.");
        }
        Long attemptId = whole(attempt);
        Long questionNumber = whole(position);
        if (attemptId == null) {
            return answer(Response.Status.NOT_FOUND, "There is no such attempt.");
        }
        if (questionNumber == null || questionNumber > Integer.MAX_VALUE) {
            return answer(Response.Status.BAD_REQUEST, "There is no such question in this attempt.");
        }
        Long revisionNumber = whole(revision);
        if (revisionNumber == null || revisionNumber > Integer.MAX_VALUE) {
            return answer(Response.Status.BAD_REQUEST, "The answer could not be saved: reload the page and answer again.");
        }
        try {
            quizzes.answer(currentUser.get().getId(), attemptId, questionNumber.intValue(), Set.copyOf(answer), flagged != null,
                    revisionNumber.intValue());
            return Response.noContent().build();
        } catch (NotFoundException e) {
            return answer(Response.Status.NOT_FOUND, "There is no such attempt.");
        } catch (AttemptClosedException e) {
            return answer(Response.Status.GONE, e.getMessage());
        } catch (StaleAnswerException e) {
            return answer(Response.Status.CONFLICT, e.getMessage());
        } catch (RejectedException e) {
            return answer(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** A non-negative whole number as sent, or null for anything else (overflow included). */
    private static Long whole(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(text);
    }

    private static Response answer(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("status", status.getStatusCode()).add("message", message).build().toString()).build();
    }
}
