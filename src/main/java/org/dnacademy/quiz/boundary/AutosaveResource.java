package org.dnacademy.quiz.boundary;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
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
 * browser loses nothing. Answers {@code 204} when saved; with the reason as text, {@code 410} when
 * the attempt is submitted or out of time, {@code 409} when a newer answer is already saved, and
 * {@code 400} for an option or question not in the attempt; {@code 404} for someone else's
 * attempt. The custom
 * header cannot be sent cross-site without a CORS preflight this server never grants.
 */
@Path("attempts/{attempt}/questions/{position}")
public class AutosaveResource {

    static final String HEADER = "X-DNA-Autosave";

    @Inject
    Quizzes quizzes;

    @Inject
    CurrentUser currentUser;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public Response save(@PathParam("attempt") long attemptId, @PathParam("position") int position,
            @FormParam("answer") List<String> answer, @FormParam("flagged") String flagged,
            @FormParam("revision") int revision, @HeaderParam(HEADER) String header) {
        if (!"1".equals(header) || !currentUser.isTrainee()) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        try {
            quizzes.answer(currentUser.get().getId(), attemptId, position, Set.copyOf(answer), flagged != null, revision);
            return Response.noContent().build();
        } catch (NotFoundException e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        } catch (AttemptClosedException e) {
            return Response.status(Response.Status.GONE).entity(e.getMessage()).build();
        } catch (StaleAnswerException e) {
            return Response.status(Response.Status.CONFLICT).entity(e.getMessage()).build();
        } catch (RejectedException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(e.getMessage()).build();
        }
    }
}
